import { useEffect, useState } from 'preact/hooks';
import { createRecord, deleteRecord, useRecords, type RecordRef } from '../../../data';
import { useT } from '../../../i18n/useT';
import { Button } from '../../../ui/Button';
import { noteSaved, removeWithUndo } from '../../forms/saver';
import { pushUndo } from '../../forms/undo';
import { BoundText } from '../../forms/BoundText';
import { QuestionMedia } from './QuestionMedia';
import { focusSaveNote } from '../../forms/SaveNote';
import { FormScreen } from '../../forms/FormScreen';
import { usePlanId } from '../usePlanner';
import { questionModel } from '../../../shared/models/question';
import { PrivacyToggle } from '../../sharing/PrivacyToggle';
import '../planner.css';

/**
 * The person's own questions for the panel: as many as they like, each saved as it is typed, or
 * recorded, or shown with a photo (as every other answer in the planner can be).
 */
export default function QuestionsPage() {
  const t = useT();
  const planId = usePlanId();
  const questions = useRecords(planId, 'question');
  const [focusId, setFocusId] = useState<string | null>(null);

  // A new question's box gets the focus, so the person can type straight away.
  useEffect(() => {
    if (!focusId) return;
    const box = document.querySelector<HTMLTextAreaElement>(
      `[data-question="${focusId}"] textarea`,
    );
    if (box) {
      box.focus();
      setFocusId(null);
    }
  }, [focusId, questions]);

  if (!planId || !questions) return null;
  const add = async () => {
    try {
      const ref = await createRecord(planId, 'question', { text: '' });
      pushUndo({ screen: location.pathname, key: `add:${ref.id}`, undo: () => deleteRecord(ref) });
      noteSaved('saved');
      setFocusId(ref.id);
    } catch {
      noteSaved('failed');
    }
  };

  return (
    <FormScreen
      section={{ title: t('planner:sections.questions.title'), href: '/planner' }}
      title={t('planner:questions.title')}
      hint={t('planner:questions.hint')}
      symbol="questions"
      learn="/learn/the-day"
    >
      {questions.length === 0 && <p>{t('planner:questions.empty')}</p>}
      <ol class="item-list">
        {questions.map((q, i) => {
          const ref: RecordRef = { planId, id: q.id, type: 'question' };
          const n = i + 1;
          return (
            <li key={q.id} class="item" data-question={q.id}>
              <div class="item__body">
                <BoundText
                  recordRef={ref}
                  field="text"
                  saved={questionModel.decode(q.data).text}
                  label={t('planner:questions.label', { n })}
                  multiline
                />
                <QuestionMedia recordRef={ref} data={q.data} n={n} />
                <PrivacyToggle
                  recordRef={ref}
                  data={q.data}
                  what={t('planner:questions.label', { n })}
                />
                <Button
                  variant="secondary"
                  symbol="remove"
                  onPress={() => void removeWithUndo(ref, q.data).then(focusSaveNote)}
                >
                  {t('planner:questions.remove', { n })}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button symbol="add" onPress={add}>
        {questions.length ? t('planner:questions.addAnother') : t('planner:questions.add')}
      </Button>
    </FormScreen>
  );
}

import type { StoredRecord } from '../../data';
import { useT } from '../../i18n/useT';
import { readAnswer } from '../../shared/models/answer';
import { Checkbox } from '../../ui/Checkbox';
import { saveWithUndo } from '../forms/saver';
import { answerState } from '../planner/answers';
import { THEMES } from '../planner/themes';

/**
 * Which answers go to the panel: the person's "for the panel" mark (src/shared/sharing.ts), one
 * tick per answered card. The mark is the person's alone (the server refuses it from a member),
 * so a helper sees the ticks but cannot change them. An answer marked "Only me" is not offered.
 */
export function PanelChoices({ answers, owner }: { answers: StoredRecord[]; owner: boolean }) {
  const t = useT();
  const byTheme = new Map(answers.map((r) => [r.id.split(':').slice(2).join(':'), r]));
  const offered = THEMES.flatMap((th) => {
    const record = byTheme.get(th.id);
    if (!record || record.data.onlyMe === true) return [];
    return answerState(readAnswer(record.data)) === 'answered' ? [{ th, record }] : [];
  });
  return (
    <section aria-labelledby="panel-title" class="no-print">
      <h2 id="panel-title">{t('deliver:what.answers')}</h2>
      <p>{owner ? t('deliver:what.answersHint') : t('deliver:what.answersOwner')}</p>
      {offered.length === 0 && <p>{t('deliver:what.noAnswers')}</p>}
      {offered.map(({ th, record }) => (
        <Checkbox
          key={th.id}
          isSelected={record.data.forPanel === true}
          isDisabled={!owner}
          onChange={(on) =>
            void saveWithUndo(
              { planId: record.planId, type: 'answer', id: record.id },
              { forPanel: on },
            )
          }
        >
          {t(`planner:say.themes.${th.id}.short`)}
        </Checkbox>
      ))}
    </section>
  );
}

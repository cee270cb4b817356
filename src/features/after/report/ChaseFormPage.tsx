import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { createRecord, singletonRef, useCurrentPlan, useRecord } from '../../../data';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { localToday } from '../../../shared/dates';
import { CHASE_WAYS, type ChaseWay } from '../../../shared/models/chase';
import { reviewModel } from '../../../shared/models/review';
import { Button } from '../../../ui/Button';
import { ChoiceCards } from '../../../ui/ChoiceCards';
import { LinkButton } from '../../../ui/LinkButton';
import { Notice } from '../../../ui/Notice';
import { PageFrame } from '../../../ui/PageFrame';
import { TextField } from '../../../ui/TextField';
import { noteSaved } from '../../forms/saver';
import { CHASE_WAY_SYMBOLS } from './agree';
import { chaseProblems, type ChaseProblem } from './chases';

/**
 * /after/report/asked — write down one time I asked for my report: the day, who, how, and what
 * they said. Kept only with all three (day, who, how), so it stands as evidence.
 */
export default function ChaseFormPage() {
  const t = useT();
  const { route } = useLocation();
  const plan = useCurrentPlan();
  const review = reviewModel.decode(
    useRecord(plan ? singletonRef(plan.id, 'review').id : undefined)?.data,
  );
  const [on, setOn] = useState(localToday());
  const [who, setWho] = useState('');
  const [how, setHow] = useState<ChaseWay | null>(null);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<ChaseProblem[]>([]);
  const [failed, setFailed] = useState(false);
  const known = [review.careCoordinatorName.trim(), review.commissionerName.trim()].filter(Boolean);
  const problem = (p: ChaseProblem) =>
    problems.includes(p) ? t(`report:asked.problems.${p}`) : undefined;

  const keep = async () => {
    const found = chaseProblems({ on, who, how }, localToday());
    setProblems(found);
    if (found.length || !plan) {
      if (found.length) document.getElementById('asked-problems')?.focus();
      return;
    }
    try {
      await createRecord(plan.id, 'chase', { on, who: who.trim(), how, note: note.trim() });
      noteSaved('saved');
      route(screenHref('afterReport'));
    } catch {
      setFailed(true);
      noteSaved('failed');
    }
  };

  return (
    <PageFrame
      title={t('report:asked.title')}
      symbol="chase"
      lede={t('report:asked.lede')}
      up={{ href: screenHref('afterReport'), label: t('report:asked.up') }}
    >
      <div id="asked-problems" tabIndex={-1}>
        {problems.length > 0 && (
          <Notice error title={t('report:asked.problemsTitle')}>
            <ul>
              {problems.map((p) => (
                <li key={p}>{t(`report:asked.problems.${p}`)}</li>
              ))}
            </ul>
          </Notice>
        )}
        {failed && <Notice error title={t('report:asked.failed')} />}
      </div>
      <TextField
        label={t('report:asked.on')}
        description={t('report:asked.onHint')}
        type="date"
        value={on}
        onChange={setOn}
        width="medium"
        errorMessage={problem('noDate') ?? problem('futureDate')}
      />
      <TextField
        label={t('report:asked.who')}
        description={t('report:asked.whoHint')}
        value={who}
        onChange={setWho}
        width="medium"
        autoComplete="off"
        errorMessage={problem('noWho')}
      />
      {known.length > 0 && (
        <div class="button-row">
          {known.map((name) => (
            <Button key={name} variant="secondary" symbol="person" onPress={() => setWho(name)}>
              {t('report:asked.pick', { name })}
            </Button>
          ))}
        </div>
      )}
      <ChoiceCards
        label={t('report:asked.how')}
        description={problem('noHow') && <span class="field__error">{problem('noHow')}</span>}
        choices={CHASE_WAYS.map((w) => ({
          value: w,
          label: t(`report:asked.ways.${w}`),
          symbol: CHASE_WAY_SYMBOLS[w],
        }))}
        value={how}
        onChange={setHow}
        columns={4}
      />
      <TextField
        label={t('report:asked.note')}
        description={t('report:asked.noteHint')}
        value={note}
        onChange={setNote}
        multiline
      />
      <div class="button-row">
        <Button variant="primary" symbol="save" onPress={() => void keep()}>
          {t('report:asked.keep')}
        </Button>
        <LinkButton href={screenHref('afterReport')} symbol="close">
          {t('report:asked.cancel')}
        </LinkButton>
      </div>
    </PageFrame>
  );
}

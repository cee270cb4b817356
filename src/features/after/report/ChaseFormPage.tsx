import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import {
  createRecord,
  singletonRef,
  useCurrentPlan,
  useRecord,
  type StoredRecord,
} from '../../../data';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { localToday } from '../../../shared/dates';
import { CHASE_WAYS, chaseModel, type ChaseWay } from '../../../shared/models/chase';
import { reviewModel } from '../../../shared/models/review';
import { Button } from '../../../ui/Button';
import { ChoiceCards } from '../../../ui/ChoiceCards';
import { LinkButton } from '../../../ui/LinkButton';
import { NotFound } from '../../../ui/NotFound';
import { Notice } from '../../../ui/Notice';
import { PageFrame } from '../../../ui/PageFrame';
import { TextField } from '../../../ui/TextField';
import { routeParam } from '../../forms/routeParam';
import { noteSaved, saveWithUndo } from '../../forms/saver';
import { CHASE_WAY_SYMBOLS } from './agree';
import { chaseProblems, type ChaseProblem } from './chases';

/**
 * /after/report/asked — write down one time I asked for my report: the day, who, how, and what
 * they said. Kept only with all three (day, who, how), so it stands as evidence.
 * /after/report/asked/:id — change one already written down (a wrong day, person or way): the
 * same rules, and "Undo my last change" on My report puts the old one back.
 */
export default function ChaseFormPage(props: Record<string, unknown>) {
  const t = useT();
  const id = routeParam(props.id);
  const record = useRecord(id);
  if (!id) return <ChaseForm />;
  if (record === undefined) return null;
  if (!record || record.type !== 'chase')
    return <NotFound back={{ href: screenHref('afterReport'), label: t('report:title') }} />;
  return <ChaseForm key={record.id} record={record} />;
}

function ChaseForm({ record }: { record?: StoredRecord }) {
  const t = useT();
  const { route } = useLocation();
  const plan = useCurrentPlan();
  const review = reviewModel.decode(
    useRecord(plan ? singletonRef(plan.id, 'review').id : undefined)?.data,
  );
  // A chase being changed starts from what it says now; a new one from today.
  const [start] = useState(() => (record ? chaseModel.decode(record.data) : null));
  const [on, setOn] = useState(start?.on ?? localToday());
  const [who, setWho] = useState(start?.who ?? '');
  const [how, setHow] = useState<ChaseWay | null>(start?.how ?? null);
  const [note, setNote] = useState(start?.note ?? '');
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
    const fields = { on, who: who.trim(), how, note: note.trim() };
    const report = screenHref('afterReport');
    if (record) {
      // Undo is offered on My report, where the person sees the changed line.
      const ref = { planId: record.planId, type: 'chase' as const, id: record.id };
      if (!(await saveWithUndo(ref, fields, undefined, report))) return setFailed(true);
      route(report);
      return;
    }
    try {
      await createRecord(plan.id, 'chase', fields);
      noteSaved('saved');
      route(report);
    } catch {
      setFailed(true);
      noteSaved('failed');
    }
  };

  return (
    <PageFrame
      title={record ? t('report:asked.changeTitle') : t('report:asked.title')}
      symbol="chase"
      lede={record ? t('report:asked.changeLede') : t('report:asked.lede')}
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
          {record ? t('report:asked.keepChange') : t('report:asked.keep')}
        </Button>
        <LinkButton href={screenHref('afterReport')} symbol="close">
          {record ? t('report:asked.cancelChange') : t('report:asked.cancel')}
        </LinkButton>
      </div>
    </PageFrame>
  );
}

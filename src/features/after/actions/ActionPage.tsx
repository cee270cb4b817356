import { useLocation } from 'preact-iso';
import { newRecordRef, saveFields, useCurrentPlan, useRecord, useRecords } from '../../../data';
import type { SymbolId } from '../../../content/symbols';
import { formatDay } from '../../../i18n/dates';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { localToday } from '../../../shared/dates';
import { ACTION_STATUSES } from '../../../shared/models/action';
import { Button } from '../../../ui/Button';
import { LinkButton } from '../../../ui/LinkButton';
import { NotFound } from '../../../ui/NotFound';
import { PageFrame } from '../../../ui/PageFrame';
import { Picture } from '../../../ui/Picture';
import { ReadAloud } from '../../../ui/ReadAloud';
import { useStore } from '../../../ui/useStore';
import { BoundChoice } from '../../forms/BoundChoice';
import { routeParam } from '../../forms/routeParam';
import { removeWithUndo } from '../../forms/saver';
import { focusSaveNote, SaveNote } from '../../forms/SaveNote';
import { lastUndo, undoStack } from '../../forms/undo';
import { UndoButton } from '../../forms/UndoButton';
import {
  actionDue,
  actionFromRecord,
  dueWords,
  STATUS_SYMBOL,
  updatesFor,
  type Action,
} from './actions';
import { UpdateItem } from './UpdateItem';
import '../../planner/planner.css';
import './actions.css';

/** /after/actions/:id — one action: what, who, how we will know, by when; its status and updates. */
export default function ActionPage(props: Record<string, unknown>) {
  const id = routeParam(props.id);
  const plan = useCurrentPlan();
  const record = useRecord(id);
  const updates = useRecords(plan?.id, 'actionUpdate');
  const stack = useStore(undoStack);
  if (!plan || record === undefined || !updates) return null;
  if (!record || record.type !== 'action') {
    // Just removed here: say so, and offer to put it back (the same record).
    if (record === null && lastUndo(stack, location.pathname)) return <Removed />;
    return <NotFound />;
  }
  const action = actionFromRecord(record);
  return <ActionView action={action} updates={updatesFor(action.id, updates)} />;
}

function Removed() {
  const t = useT();
  return (
    <PageFrame title={t('actions:one.removed')} symbol="delete">
      <p>{t('actions:one.removedUndo')}</p>
      <SaveNote />
      <UndoButton />
      <LinkButton href={screenHref('afterActions')} symbol="previous">
        {t('actions:one.back')}
      </LinkButton>
    </PageFrame>
  );
}

function ActionView({
  action,
  updates,
}: {
  action: Action;
  updates: ReturnType<typeof updatesFor>;
}) {
  const t = useT();
  const { route } = useLocation();
  const due = actionDue(action, localToday());
  const facts: { key: string; symbol: SymbolId; label: string; words: string }[] = [
    { key: 'what', symbol: 'recommendation', label: t('actions:one.what'), words: action.what },
    { key: 'who', symbol: 'person', label: t('actions:one.who'), words: action.who },
    {
      key: 'how',
      symbol: 'finish',
      label: t('actions:one.howWeKnow'),
      words: action.howWeKnow.trim() || t('actions:one.nothingYet'),
    },
    {
      key: 'when',
      symbol: 'calendar',
      label: t('actions:one.byWhen'),
      // The date, then only what it means now when that matters: due today, or already passed.
      words: [
        formatDay(action.byWhen),
        due.kind === 'today' && dueWords(t, formatDay, due, action.byWhen),
        due.kind === 'overdue' && t('actions:one.datePassed'),
      ]
        .filter(Boolean)
        .join('\n'),
    },
  ];
  const newest = [...updates].reverse();
  const addUpdate = async () => {
    // Made with its action and today's date, so it is never an update about nothing.
    const ref = newRecordRef(action.ref.planId, 'actionUpdate');
    await saveFields(ref, { actionId: action.id, when: localToday() });
    route(screenHref('afterActionUpdate', { id: action.id, update: ref.id }));
  };
  const sentences = [
    t('actions:one.title'),
    ...facts.flatMap((f) => [f.label, f.words]),
    t(`actions:status.${action.status}`),
    ...(action.status === 'stuck' ? [t('actions:one.stuckNote')] : []),
    t('actions:one.updates'),
    ...(updates.length
      ? newest.flatMap((u) => [formatDay(u.when), u.words])
      : [t('actions:one.noUpdates')]),
  ];
  return (
    <PageFrame
      title={t('actions:one.title')}
      symbol={STATUS_SYMBOL[action.status]}
      up={{ href: screenHref('afterActions'), label: t('actions:list.title') }}
      titleActions={
        <ReadAloud id="action" label={t('actions:one.readPage')} sentences={sentences} />
      }
    >
      <ul class="action-facts">
        {facts.map((f) => (
          <li key={f.key}>
            <Picture symbol={f.symbol} alt="" size="small" />
            <div>
              <h2>{f.label}</h2>
              <p dir="auto">{f.words}</p>
            </div>
          </li>
        ))}
      </ul>
      <LinkButton href={screenHref('afterActionEdit', { id: action.id })} symbol="edit">
        {t('actions:one.change')}
      </LinkButton>

      <div class="action-status">
        <BoundChoice
          recordRef={action.ref}
          field="status"
          saved={action.status}
          label={t('actions:status.label')}
          columns={2}
          choices={ACTION_STATUSES.map((s) => ({
            value: s,
            label: t(`actions:status.${s}`),
            symbol: STATUS_SYMBOL[s],
          }))}
        />
      </div>
      <SaveNote />
      <UndoButton />
      {action.status === 'stuck' && (
        <div class="action-stuck">
          <p>{t('actions:one.stuckNote')}</p>
          <LinkButton
            href={screenHref('afterActionLetter', { id: action.id })}
            variant="primary"
            symbol="letter"
          >
            {t('actions:one.writeLetter')}
          </LinkButton>
        </div>
      )}

      <section aria-labelledby="updates-title">
        <h2 id="updates-title">{t('actions:one.updates')}</h2>
        <p>{t('actions:one.updatesHint')}</p>
        {updates.length === 0 && <p>{t('actions:one.noUpdates')}</p>}
        <ul class="action-updates">
          {newest.map((u) => (
            <UpdateItem key={u.id} update={u} actionId={action.id} />
          ))}
        </ul>
        <Button symbol="add" onPress={() => void addUpdate()}>
          {t('actions:one.addUpdate')}
        </Button>
      </section>

      <div class="button-row">
        <Button
          variant="secondary"
          symbol="delete"
          onPress={async () => {
            await removeWithUndo(action.ref, action.data);
            focusSaveNote();
          }}
        >
          {t('actions:one.remove')}
        </Button>
        <LinkButton href={screenHref('afterActions')} symbol="previous">
          {t('actions:one.back')}
        </LinkButton>
      </div>
    </PageFrame>
  );
}

import { useLocation } from 'preact-iso';
import { readFormDraft, useCurrentPlan, useRecords } from '../../../data';
import { formatDay } from '../../../i18n/dates';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { localToday } from '../../../shared/dates';
import { Button } from '../../../ui/Button';
import { LinkButton } from '../../../ui/LinkButton';
import { PageFrame } from '../../../ui/PageFrame';
import { ReadAloud } from '../../../ui/ReadAloud';
import { ActionCard } from './ActionCard';
import { actionDue, actionFromRecord, dueWords, sortActions } from './actions';
import { draftKey } from './useActionDraft';
import '../../planner/planner.css';
import './actions.css';

/** /after/actions — every action agreed at the review, with where it is now. */
export default function ActionsPage() {
  const t = useT();
  const { route } = useLocation();
  const plan = useCurrentPlan();
  const records = useRecords(plan?.id, 'action');
  if (!plan || !records) return null;
  const today = localToday();
  const actions = sortActions(records.map(actionFromRecord));
  const waiting = readFormDraft(draftKey(plan.id, null));
  const sentences = [
    t('actions:list.title'),
    t('actions:list.lede'),
    ...(actions.length === 0 ? [t('actions:list.empty')] : []),
    ...actions.flatMap((a) => [
      a.what,
      t(`actions:status.${a.status}`),
      t('actions:list.who', { who: a.who }),
      dueWords(t, formatDay, actionDue(a, today), a.byWhen),
    ]),
  ];
  return (
    <PageFrame
      title={t('actions:list.title')}
      symbol="actions"
      lede={t('actions:list.lede')}
      up={{ href: screenHref('after'), label: t('after:hub.title') }}
      titleActions={
        <ReadAloud id="actions" label={t('actions:list.readPage')} sentences={sentences} />
      }
    >
      {waiting && (
        <div class="actions-draft">
          <p>{t('actions:list.draftWaiting')}</p>
          <LinkButton href={screenHref('afterActionNew')} symbol="pencil">
            {t('actions:list.draftOpen')}
          </LinkButton>
        </div>
      )}
      {actions.length === 0 && <p>{t('actions:list.empty')}</p>}
      <ul class="item-list">
        {actions.map((a) => (
          <ActionCard key={a.id} action={a} today={today} />
        ))}
      </ul>
      <Button variant="primary" symbol="add" onPress={() => route(screenHref('afterActionNew'))}>
        {actions.length ? t('actions:list.addAnother') : t('actions:list.add')}
      </Button>
    </PageFrame>
  );
}

// "Who has seen and changed my plan": the server's audit of the person's own plan, in easy words.
// It needs the server; offline it says so and shows the last copy fetched, with when it was.
import { useEffect, useState } from 'preact/hooks';
import { getAuditCopy, useCurrentPlan, type AuditCopy } from '../../data';
import { formatDay } from '../../i18n/dates';
import { formatWhen } from '../../i18n/when';
import { useT } from '../../i18n/useT';
import { ApiError, fetchPlanAudit, OfflineError } from '../../sync';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { ReadAloud } from '../../ui/ReadAloud';
import { auditLine, KIND_SYMBOL } from './auditLines';
import './audit.css';

type State =
  | { kind: 'loading' }
  | { kind: 'fresh'; copy: AuditCopy }
  | { kind: 'offline'; copy?: AuditCopy }
  | { kind: 'refused'; reason: 'notOwner' | 'signIn' | 'failed'; copy?: AuditCopy };

export default function AuditPage() {
  const t = useT();
  const plan = useCurrentPlan();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const planId = plan?.id;

  useEffect(() => {
    if (!planId) return;
    let live = true;
    setState({ kind: 'loading' });
    void (async () => {
      try {
        const copy = await fetchPlanAudit(planId);
        if (live) setState({ kind: 'fresh', copy });
      } catch (error) {
        const copy = await getAuditCopy(planId);
        if (!live) return;
        if (error instanceof OfflineError) return setState({ kind: 'offline', copy });
        const reason =
          error instanceof ApiError && error.status === 403
            ? 'notOwner'
            : error instanceof ApiError && error.status === 401
              ? 'signIn'
              : 'failed';
        setState({ kind: 'refused', reason, copy: reason === 'notOwner' ? undefined : copy });
      }
    })();
    return () => {
      live = false;
    };
  }, [planId, attempt]);

  const copy = state.kind === 'loading' ? undefined : state.copy;
  const lines = copy?.entries.map((e) => ({ entry: e, text: auditLine(t, e) })) ?? [];
  const spoken = [
    t('audit:lede'),
    t('audit:private'),
    ...lines.map((l) => `${formatDay(l.entry.at)}. ${l.text}`),
  ];

  return (
    <PageFrame
      title={t('audit:title')}
      symbol="people"
      lede={t('audit:lede')}
      titleActions={<ReadAloud id="audit" label={t('audit:readPage')} sentences={spoken} />}
    >
      <p class="audit__private">
        <Picture symbol="key" alt="" size="small" /> {t('audit:private')}
      </p>
      {state.kind === 'loading' && <p role="status">{t('audit:loading')}</p>}
      {state.kind === 'offline' && (
        <Notice title={t('audit:offline.title')}>
          <p>{t('audit:offline.body')}</p>
          {copy && <p>{t('audit:offline.copy', { when: formatWhen(copy.fetchedAt) })}</p>}
        </Notice>
      )}
      {state.kind === 'refused' && (
        <Notice error={state.reason === 'failed'} title={t(`audit:${state.reason}`)} />
      )}
      {(state.kind === 'offline' || (state.kind === 'refused' && state.reason !== 'notOwner')) && (
        <Button variant="secondary" symbol="update" onPress={() => setAttempt((n) => n + 1)}>
          {t('audit:tryAgain')}
        </Button>
      )}
      {copy && lines.length === 0 && <p>{t('audit:empty')}</p>}
      {lines.length > 0 && (
        <ul class="easy-list audit__list">
          {lines.map(({ entry, text }) => (
            <li key={`${entry.day}|${entry.who.userId}|${entry.kind}`} class="easy-list__item">
              <Picture
                symbol={KIND_SYMBOL[entry.kind]}
                alt={t(`audit:pictures.${entry.kind}`)}
                size="medium"
              />
              <p>
                <strong>{formatDay(entry.at)}</strong>
                <br />
                {text}
              </p>
            </li>
          ))}
        </ul>
      )}
    </PageFrame>
  );
}

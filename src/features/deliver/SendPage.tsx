// Sending the feedback or the review pack to a professional: the person (or a helper with "help
// with my feedback") picks the commissioner or the care co-ordinator from the review's contacts,
// and My Review emails them a link. The screen says "sent" only for what the email server took;
// with no email server, or no connection, it says so plainly and keeps everything.
import { useEffect, useState } from 'preact/hooks';
import { singletonRef, useCurrentPlan, useRecord, useRecords } from '../../data';
import { useT } from '../../i18n/useT';
import {
  DELIVERY_ITEMS,
  type Delivery,
  type DeliveryItem,
  type DeliveryList,
  type ProfessionalRole,
} from '../../shared/deliveries';
import { feedbackVersionModel } from '../../shared/models/feedbackVersion';
import { profileModel } from '../../shared/models/profile';
import { reviewModel } from '../../shared/models/review';
import { ApiError, deliveries, OfflineError, useAccount } from '../../sync';
import { Button } from '../../ui/Button';
import { ChoiceCards } from '../../ui/ChoiceCards';
import { LinkButton } from '../../ui/LinkButton';
import { LiveStatus } from '../../ui/LiveStatus';
import { NotFound } from '../../ui/NotFound';
import { Notice } from '../../ui/Notice';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { TextField } from '../../ui/TextField';
import { latestVersion } from '../feedback/feedback';
import { feedbackText } from '../feedback/feedbackText';
import { FeedbackAnswers } from '../feedback/FinishedVersions';
import { routeParam } from '../forms/routeParam';
import { Alternatives } from './Alternatives';
import { PackContent, packOf } from './PackContent';
import { packText } from './packText';
import { PanelChoices } from './PanelChoices';
import { looksLikeEmail, recipientsOf } from './recipients';
import { SentList } from './SentList';
import { whenWords } from './when';
import '../planner/planner.css';
import '../planner/print/print.css';
import './deliver.css';

type ListState =
  | { kind: 'loading' }
  | { kind: 'ok'; list: DeliveryList }
  | { kind: 'offline' | 'signedOut' | 'forbidden' | 'failed' };

type Outcome =
  { kind: 'sent'; delivery: Delivery } | { kind: 'noEmail' } | { kind: 'problem'; key: string };

const PROBLEMS: Record<string, string> = {
  not_synced: 'deliver:problems.notSynced',
  email_failed: 'deliver:problems.emailFailed',
  forbidden: 'deliver:problems.forbidden',
  nothing_to_send: 'deliver:problems.nothing',
};

function outcomeOf(error: unknown): Outcome {
  if (error instanceof OfflineError) return { kind: 'problem', key: 'deliver:problems.offline' };
  if (error instanceof ApiError && error.code === 'no_email_server') return { kind: 'noEmail' };
  if (error instanceof ApiError && error.status === 401)
    return { kind: 'problem', key: 'deliver:signIn.body' };
  const key = error instanceof ApiError ? PROBLEMS[error.code] : undefined;
  return { kind: 'problem', key: key ?? 'deliver:problems.failed' };
}

function listStateOf(error: unknown): ListState {
  if (error instanceof OfflineError) return { kind: 'offline' };
  if (error instanceof ApiError && error.status === 401) return { kind: 'signedOut' };
  if (error instanceof ApiError && error.status === 403) return { kind: 'forbidden' };
  return { kind: 'failed' };
}

export default function SendPage(props: Record<string, unknown>) {
  const item = routeParam(props.item);
  if (!DELIVERY_ITEMS.includes(item as DeliveryItem)) return <NotFound />;
  return <Send item={item as DeliveryItem} />;
}

function Send({ item }: { item: DeliveryItem }) {
  const t = useT();
  const plan = useCurrentPlan();
  const account = useAccount();
  const planId = plan?.id;
  const review = useRecord(planId ? singletonRef(planId, 'review').id : undefined);
  const profile = useRecord(planId ? singletonRef(planId, 'profile').id : undefined);
  const versions = useRecords(planId, 'feedbackVersion');
  const answers = useRecords(planId, 'answer');
  const participation = useRecord(planId ? singletonRef(planId, 'participation').id : undefined);
  const adjustment = useRecord(planId ? singletonRef(planId, 'adjustment').id : undefined);
  const questions = useRecords(planId, 'question');
  const [listState, setListState] = useState<ListState>({ kind: 'loading' });
  const [reload, setReload] = useState(0);
  const [role, setRole] = useState<ProfessionalRole | null>(null);
  const [email, setEmail] = useState('');
  const [emailProblem, setEmailProblem] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (!planId || !account) return;
    let live = true;
    deliveries.list(planId).then(
      (list) => live && setListState({ kind: 'ok', list }),
      (error: unknown) => live && setListState(listStateOf(error)),
    );
    return () => {
      live = false;
    };
  }, [planId, account, reload]);

  const panelAnswers = (answers ?? []).filter(
    (r) => r.data.forPanel === true && r.data.onlyMe !== true,
  );
  const pack = packOf([
    ...(participation ? [participation] : []),
    ...(adjustment ? [adjustment] : []),
    ...(questions ?? []).filter((q) => q.data.onlyMe !== true),
    ...panelAnswers,
  ]);

  if (!plan || account === undefined || review === undefined || profile === undefined) return null;
  if (!versions || !answers || !questions) return null;

  const name = profileModel.decode(profile?.data).name.trim();
  const reviewDate = reviewModel.decode(review?.data).date || null;
  const latest = latestVersion(versions);
  const latestNumber = latest ? (feedbackVersionModel.decode(latest).version ?? 0) : 0;
  const recipients = recipientsOf(review?.data);
  const chosen = recipients.find((r) => r.role === role);
  const ready = item === 'pack' || latest !== null;
  const subject = t(`deliver:title.${item}`);
  const text =
    item === 'feedback' && latest ? feedbackText(t, latest, reviewDate) : packText(t, name, pack);
  const list = listState.kind === 'ok' ? listState.list : null;
  const sent = (list?.deliveries ?? []).filter((d) => d.item === item);
  const noEmail = list?.emailServer === false || outcome?.kind === 'noEmail';

  const alternatives = (
    <Alternatives
      noEmailServer={noEmail}
      subject={subject}
      text={text}
      email={chosen ? email.trim() : ''}
    />
  );

  const choose = (r: ProfessionalRole) => {
    setRole(r);
    setEmail(recipients.find((x) => x.role === r)?.email ?? '');
    setEmailProblem(false);
  };

  const send = async () => {
    if (!chosen) return setOutcome({ kind: 'problem', key: 'deliver:who.choose' });
    if (!looksLikeEmail(email)) return setEmailProblem(true);
    setBusy(true);
    setOutcome(null);
    try {
      const delivery = await deliveries.send(plan.id, {
        item,
        to: { name: chosen.name, role: chosen.role, email: email.trim() },
      });
      setOutcome({ kind: 'sent', delivery });
      setReload((n) => n + 1);
    } catch (error) {
      setOutcome(outcomeOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageFrame
      title={t(`deliver:title.${item}`)}
      symbol={item === 'pack' ? 'review-pack' : 'feedback-form'}
      lede={t(`deliver:lede.${item}`)}
      up={
        item === 'pack'
          ? { href: '/planner', label: t('planner:up') }
          : { href: '/feedback', label: t('feedback:title') }
      }
    >
      <LiveStatus>
        {busy && <p>{t('deliver:sending')}</p>}
        {outcome?.kind === 'sent' && (
          // One live region: a Notice here would be a status inside a status.
          <p class="status-line deliver-done">
            <Picture symbol="tick" alt="" size="small" />
            <span>
              {t('deliver:sent.line', {
                name: outcome.delivery.toName,
                role: t(`deliver:roles.${outcome.delivery.toRole}`),
                when: whenWords(t, outcome.delivery.sentAt),
              })}
            </span>
          </p>
        )}
      </LiveStatus>
      {outcome?.kind === 'problem' && (
        <Notice error title={t(outcome.key)}>
          {outcome.key === 'deliver:problems.offline' && <p>{t('deliver:problems.offlineHint')}</p>}
        </Notice>
      )}
      {listState.kind === 'offline' && !outcome && (
        <Notice title={t('deliver:problems.offline')}>
          <p>{t('deliver:problems.offlineHint')}</p>
        </Notice>
      )}
      {listState.kind === 'forbidden' && <Notice error title={t('deliver:problems.forbidden')} />}

      {sent.length > 0 && (
        <SentList
          deliveries={sent}
          latestVersion={item === 'feedback' ? latestNumber : undefined}
        />
      )}

      {!ready && (
        <section class="card no-print">
          <p>{t('deliver:notReady.feedback')}</p>
          <LinkButton href="/feedback/send" symbol="finish" variant="primary">
            {t('deliver:notReady.finish')}
          </LinkButton>
        </section>
      )}

      {ready && item === 'pack' && (
        <>
          <p>{t('deliver:what.packHint')}</p>
          <PanelChoices answers={answers} owner={plan.role === 'owner'} />
        </>
      )}

      {/* No email server: say so first; choosing a person still fills in the ready email. */}
      {ready && noEmail && alternatives}

      {ready && account === null && (
        <section class="card no-print" aria-labelledby="sign-in-title">
          <h2 id="sign-in-title">{t('deliver:signIn.title')}</h2>
          <p>{t('deliver:signIn.body')}</p>
          <LinkButton href="/account" symbol="key" variant="primary">
            {t('deliver:signIn.button')}
          </LinkButton>
        </section>
      )}

      {ready && account && (
        <form
          class="no-print deliver-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          {recipients.length === 0 ? (
            <section class="card">
              <h2>{t('deliver:who.title')}</h2>
              <p>{t('deliver:who.none')}</p>
              <div class="button-row">
                <LinkButton href="/planner/review/commissioner" symbol="commissioner">
                  {t('deliver:who.addCommissioner')}
                </LinkButton>
                <LinkButton href="/planner/review/care-coordinator" symbol="care-coordinator">
                  {t('deliver:who.addCoordinator')}
                </LinkButton>
              </div>
            </section>
          ) : (
            <>
              <ChoiceCards
                label={<h2 class="deliver-form__title">{t('deliver:who.title')}</h2>}
                choices={recipients.map((r) => ({
                  value: r.role,
                  label: r.name,
                  hint: t(`deliver:rolesHint.${r.role}`),
                  symbol: r.role === 'commissioner' ? 'commissioner' : 'care-coordinator',
                }))}
                value={role}
                onChange={choose}
                columns={2}
              />
              {chosen && (
                <TextField
                  label={t('deliver:who.email')}
                  description={t('deliver:who.emailHint')}
                  errorMessage={emailProblem ? t('deliver:who.emailWrong') : undefined}
                  value={email}
                  onChange={(v) => {
                    setEmail(v);
                    setEmailProblem(false);
                  }}
                  type="email"
                  autoComplete="off"
                  width="medium"
                />
              )}
              {!noEmail && (
                <Button type="submit" symbol="email" isDisabled={busy}>
                  {t('deliver:send')}
                </Button>
              )}
            </>
          )}
        </form>
      )}

      {ready &&
        !noEmail &&
        (listState.kind === 'offline' || outcome?.kind === 'problem') &&
        alternatives}

      {ready && (
        <section aria-labelledby="what-title">
          <h2 id="what-title">{t('deliver:what.title')}</h2>
          {item === 'feedback' && latest && <FeedbackAnswers fields={latest} level={3} />}
          {item === 'pack' && <PackContent name={name} pack={pack} />}
        </section>
      )}
    </PageFrame>
  );
}

// What a professional opens from the email: exactly the one item the person sent them, read only,
// to read, print or save as a file. They sign in with a code sent to the address the link was sent
// to; the server answers only that address, and only until 30 days after the review.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatDay } from '../../i18n/dates';
import { useT } from '../../i18n/useT';
import type { DeliveryView } from '../../shared/deliveries';
import { feedbackVersionModel } from '../../shared/models/feedbackVersion';
import { ApiError, deliveries, OfflineError, useAccount } from '../../sync';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { EmailCodeForm } from '../account/EmailCodeForm';
import { FeedbackAnswers } from '../feedback/FinishedVersions';
import { routeParam } from '../forms/routeParam';
import { PrintButton } from '../planner/print/PrintButton';
import { deliveryMediaHook } from './deliveryMedia';
import { PackContent, packOf } from './PackContent';
import { MediaSource } from '../planner/print/mediaSource';
import { whenWords } from './when';
import '../planner/planner.css';
import '../planner/print/print.css';
import './deliver.css';

type State =
  | { kind: 'loading' }
  | { kind: 'view'; view: DeliveryView }
  | { kind: 'notFound' | 'offline' | 'failed' };

export default function SharedPage(props: Record<string, unknown>) {
  const t = useT();
  const id = routeParam(props.id) ?? '';
  const account = useAccount();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const userId = account?.userId;
  // Photos and recordings through this delivery only: never the device, never the plan.
  const fromDelivery = useMemo(() => ({ useUrl: deliveryMediaHook(id), theirs: true }), [id]);

  useEffect(() => {
    if (!userId) return;
    let live = true;
    setState({ kind: 'loading' });
    deliveries.open(id).then(
      (view) => live && setState({ kind: 'view', view }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof OfflineError) setState({ kind: 'offline' });
        else if (error instanceof ApiError && error.status < 500) setState({ kind: 'notFound' });
        else setState({ kind: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [id, userId, attempt]);

  if (account === undefined) return null;
  return (
    <PageFrame title={t('deliver:shared.title')} symbol="letter" lede={t('deliver:shared.lede')}>
      {account === null && (
        <section class="card" aria-labelledby="sign-in-title">
          <h2 id="sign-in-title">{t('deliver:shared.signIn')}</h2>
          <EmailCodeForm />
        </section>
      )}
      {account && state.kind === 'loading' && <p role="status">{t('deliver:shared.loading')}</p>}
      {account && state.kind === 'notFound' && (
        <Notice error title={t('deliver:shared.notFound')}>
          <p>{t('deliver:shared.notFoundHint')}</p>
        </Notice>
      )}
      {account && (state.kind === 'offline' || state.kind === 'failed') && (
        <Notice error title={t('deliver:shared.offline')}>
          <Button symbol="update" onPress={() => setAttempt((n) => n + 1)}>
            {t('deliver:shared.tryAgain')}
          </Button>
        </Notice>
      )}
      {account && state.kind === 'view' && (
        <MediaSource.Provider value={fromDelivery}>
          <Item view={state.view} />
        </MediaSource.Provider>
      )}
    </PageFrame>
  );
}

function Item({ view }: { view: DeliveryView }) {
  const t = useT();
  const name = view.personName || t('deliver:shared.someone');
  const feedback = view.item === 'feedback' ? view.records[0] : undefined;
  const version = feedback ? feedbackVersionModel.decode(feedback.data).version : null;
  return (
    <>
      <section class="card deliver-about" aria-labelledby="from-title">
        <div class="deliver-about__head">
          <Picture
            symbol={view.item === 'pack' ? 'review-pack' : 'feedback-form'}
            alt=""
            size="medium"
          />
          <h2 id="from-title">{t(`deliver:shared.from.${view.item}`, { name })}</h2>
        </div>
        {view.reviewDate && (
          <p>{t('deliver:shared.reviewOn', { date: formatDay(view.reviewDate) })}</p>
        )}
        <p>{t('deliver:shared.sentOn', { when: whenWords(t, view.sentAt) })}</p>
        {version !== null && <p>{t('deliver:shared.version', { version })}</p>}
        {version !== null && view.sentVersion !== null && version > view.sentVersion && (
          <p>{t('deliver:shared.changed')}</p>
        )}
        <p>{t('deliver:shared.readOnly')}</p>
        <p class="no-print">{t('deliver:shared.until', { date: formatDay(view.expiresAt) })}</p>
      </section>
      <PrintButton label={t('deliver:shared.print')} />
      {feedback && (
        <div class="print-doc deliver-doc">
          <FeedbackAnswers fields={feedback.data} level={3} />
        </div>
      )}
      {view.item === 'pack' && <PackContent name={view.personName} pack={packOf(view.records)} />}
    </>
  );
}

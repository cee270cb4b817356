// A member (supporter, family) leaves a plan they help with: "Leave Sam's plan". It asks first,
// saying plainly what happens; the server must agree before anything leaves this tablet, so
// "You have left Sam's plan" is only said once it is true. With no connection it refuses and
// says that nothing has changed: leaving later by itself would surprise the person.
import { useEffect, useState } from 'preact/hooks';
import { countPendingIn, usePlanChoices, type PlanChoice } from '../../data';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import { leavePlan, OfflineError } from '../../sync';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';
import { Picture } from '../../ui/Picture';

type Outcome = { kind: 'left' | 'offline' | 'failed'; name: string };

/** "Sam's plan", or "someone's plan" when the person has not given a name. */
function usePlanName() {
  const t = useT();
  return (c: PlanChoice) =>
    c.name ? t('account:leave.named', { name: c.name }) : t('account:leave.someone');
}

export function LeavePlans({ userId }: { userId: string }) {
  const t = useT();
  const ready = useNamespaces(['account']);
  const choices = usePlanChoices();
  const nameOf = usePlanName();
  const [asking, setAsking] = useState<PlanChoice | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const helping = (choices ?? []).filter(
    (c) => c.plan.role !== 'owner' && c.plan.origin === 'server' && c.plan.userId === userId,
  );
  if (!ready || (!helping.length && !outcome)) return null;

  return (
    <section class="card leave-card" aria-labelledby="leave-title">
      <h2 id="leave-title">{t('account:leave.title')}</h2>
      {outcome?.kind === 'left' && (
        <Notice title={t('account:leave.left', { plan: outcome.name })}>
          <p>{t('account:leave.leftGone')}</p>
        </Notice>
      )}
      {outcome && outcome.kind !== 'left' && (
        <Notice
          error
          title={t(outcome.kind === 'offline' ? 'account:leave.offline' : 'account:leave.failed')}
        >
          <p>{t('account:leave.nothingChanged', { plan: outcome.name })}</p>
          {outcome.kind === 'offline' && <p>{t('account:leave.connectFirst')}</p>}
        </Notice>
      )}
      {helping.length > 0 && <p>{t('account:leave.lede')}</p>}
      {helping.length > 0 && (
        <ul class="leave-plans">
          {helping.map((c) => (
            <li key={c.plan.id} class="leave-plans__item">
              <Picture symbol="handshake" alt="" size="small" />
              <Button
                variant="secondary"
                symbol="leave"
                onPress={() => {
                  setOutcome(null);
                  setAsking(c);
                }}
              >
                {t('account:leave.button', { plan: nameOf(c) })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <LeaveDialog
        choice={asking}
        name={asking ? nameOf(asking) : ''}
        onClose={() => setAsking(null)}
        onDone={(o) => {
          setAsking(null);
          setOutcome(o);
        }}
      />
    </section>
  );
}

function LeaveDialog({
  choice,
  name,
  onClose,
  onDone,
}: {
  choice: PlanChoice | null;
  name: string;
  onClose: () => void;
  onDone: (outcome: Outcome) => void;
}) {
  const t = useT();
  const [unsent, setUnsent] = useState(0);
  const [busy, setBusy] = useState(false);
  const planId = choice?.plan.id;
  useEffect(() => {
    setUnsent(0);
    if (planId) void countPendingIn(planId).then(setUnsent);
  }, [planId]);

  const leave = async () => {
    if (!planId) return;
    setBusy(true);
    try {
      await leavePlan(planId);
      onDone({ kind: 'left', name });
    } catch (error) {
      onDone({ kind: error instanceof OfflineError ? 'offline' : 'failed', name });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      isOpen={!!choice}
      onClose={onClose}
      role="alertdialog"
      isDismissable={false}
      title={t('account:leave.askTitle', { plan: name })}
    >
      <p>{t('account:leave.stopHelping')}</p>
      <p>{t('account:leave.goesFromTablet')}</p>
      <p>{t('account:leave.inviteAgain')}</p>
      {unsent > 0 && <p class="error">{t('account:leave.unsent', { count: unsent })}</p>}
      {busy && <p role="status">{t('account:leave.working', { plan: name })}</p>}
      <div class="button-column">
        <Button variant="warning" symbol="leave" isDisabled={busy} onPress={() => void leave()}>
          {t('account:leave.yes', { plan: name })}
        </Button>
        <Button variant="secondary" symbol="no" isDisabled={busy} onPress={onClose}>
          {t('account:leave.no')}
        </Button>
      </div>
    </Dialog>
  );
}

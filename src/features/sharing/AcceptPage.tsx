import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import type { InvitationView, InviteKey } from '../../shared/invitations';
import { ApiError, OfflineError, sharing, useAccount } from '../../sync';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { ReadAloud } from '../../ui/ReadAloud';
import { TextField } from '../../ui/TextField';
import { EmailCodeForm } from '../account/EmailCodeForm';
import { PermissionList } from './PermissionList';
import { ROLE_SYMBOL } from './words';
import './sharing.css';

const ERRORS: Record<string, string> = {
  invite_not_found: 'sharing:accept.notFound',
  bad_request: 'sharing:accept.notFound',
  invite_used: 'sharing:accept.used',
  invite_expired: 'sharing:accept.expired',
  too_many: 'sharing:accept.tooMany',
};

function problemOf(error: unknown): string {
  if (error instanceof OfflineError) return 'sharing:accept.offline';
  if (error instanceof ApiError) return ERRORS[error.code] ?? 'sharing:accept.failed';
  return 'sharing:accept.failed';
}

/** The invited person: opens the link (token after #) or types the short code, then accepts. */
export default function AcceptPage() {
  const t = useT();
  const account = useAccount();
  const token = location.hash.slice(1);
  const [code, setCode] = useState('');
  const [key, setKey] = useState<InviteKey | null>(token ? { token } : null);
  const [view, setView] = useState<InvitationView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [accepted, setAccepted] = useState(false);

  useEffect(() => {
    if (!account || !key) return;
    sharing.open(key).then(
      (v) => {
        setView(v);
        setProblem(null);
      },
      (error: unknown) => setProblem(problemOf(error)),
    );
  }, [account, key]);

  const accept = async () => {
    if (!key) return;
    try {
      await sharing.accept(key);
      setAccepted(true);
      setProblem(null);
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  const role = view ? t(`sharing:roles.${view.role}.label`) : '';
  const from = view?.inviterName
    ? t('sharing:accept.from', { name: view.inviterName })
    : t('sharing:accept.fromSomeone');
  const sentences = accepted
    ? [t('sharing:accept.accepted'), t('sharing:accept.acceptedHint')]
    : view
      ? [from, t('sharing:accept.role', { role }), t('sharing:accept.mayDo')].concat(
          view.permissions.map((p) => t(`sharing:permissions.${p}`)),
        )
      : [t('sharing:accept.title'), t('sharing:accept.lede')];

  return (
    <PageFrame
      title={t('sharing:accept.title')}
      symbol="envelope"
      lede={t('sharing:accept.lede')}
      titleActions={<ReadAloud id="accept" sentences={sentences} />}
    >
      {problem && <Notice error title={t(problem)} />}
      {account === null && (
        <section class="card" aria-labelledby="sign-in-title">
          <h2 id="sign-in-title">{t('sharing:accept.signInFirst')}</h2>
          <EmailCodeForm />
        </section>
      )}
      {account && accepted && (
        <Notice title={t('sharing:accept.accepted')}>
          <p>{t('sharing:accept.acceptedHint')}</p>
        </Notice>
      )}
      {account && !accepted && view && (
        <section class="card" aria-labelledby="from-title">
          <h2 id="from-title">{from}</h2>
          <p class="status-line">
            <Picture symbol={ROLE_SYMBOL[view.role]} alt="" size="medium" />
            <span>{t('sharing:accept.role', { role })}</span>
          </p>
          <p>{t('sharing:accept.mayDo')}</p>
          <PermissionList permissions={view.permissions} none={t('sharing:accept.nothing')} />
          <Button symbol="yes" onPress={accept}>
            {t('sharing:accept.accept')}
          </Button>
        </section>
      )}
      {account && !accepted && !view && (
        <form
          class="card"
          onSubmit={(e) => {
            e.preventDefault();
            setKey({ code });
          }}
        >
          <h2>{t('sharing:accept.typeCode')}</h2>
          <TextField
            label={t('sharing:accept.codeLabel')}
            value={code}
            onChange={setCode}
            width="medium"
            autoComplete="off"
          />
          <Button type="submit" symbol="next">
            {t('sharing:accept.open')}
          </Button>
        </form>
      )}
    </PageFrame>
  );
}

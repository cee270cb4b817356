import { useState } from 'preact/hooks';
import { renderSVG } from 'uqr';
import { useCurrentPlan, useRecords } from '../../data';
import { KIND_SYMBOL, isPanelKind } from '../../content/attendees';
import { useT } from '../../i18n/useT';
import { INVITED_ROLES, type CreatedInvitation, type InvitedRole } from '../../shared/invitations';
import { attendeeModel } from '../../shared/models/attendee';
import { ROLE_DEFAULTS, type Permission } from '../../shared/sharing';
import { OfflineError, sharing } from '../../sync';
import { Button } from '../../ui/Button';
import { ChoiceCards } from '../../ui/ChoiceCards';
import { LinkButton } from '../../ui/LinkButton';
import { LiveStatus } from '../../ui/LiveStatus';
import { Notice } from '../../ui/Notice';
import { PageFrame } from '../../ui/PageFrame';
import { ReadAloud } from '../../ui/ReadAloud';
import { TextField } from '../../ui/TextField';
import { PermissionCards } from './PermissionCards';
import { ROLE_SYMBOL } from './words';
import './sharing.css';

const NEW = 'new';

/** Invite someone: who, their role, what they may do; then the link, a QR code and a short code. */
export default function InvitePage() {
  const t = useT();
  const plan = useCurrentPlan();
  const attendees = (useRecords(plan?.id, 'attendee') ?? [])
    .map((r) => ({ id: r.id, ...attendeeModel.decode(r.data) }))
    .filter((a) => a.name && !isPanelKind(a.kind));
  const [who, setWho] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<InvitedRole | null>(null);
  const [permissions, setPermissions] = useState<Permission[]>([]);
  const [problem, setProblem] = useState<'offline' | 'failed' | 'nameNeeded' | null>(null);
  const [made, setMade] = useState<CreatedInvitation | null>(null);
  const [copied, setCopied] = useState(false);
  const chosen = attendees.find((a) => a.id === who);
  const personName = chosen?.name ?? name.trim();

  const make = async () => {
    if (!plan || !who || !role) return;
    if (who === NEW && !name.trim()) return setProblem('nameNeeded');
    try {
      setMade(
        await sharing.create(plan.id, {
          role,
          permissions,
          ...(who === NEW ? { name: name.trim() } : { attendeeId: who }),
        }),
      );
      setProblem(null);
    } catch (error) {
      // Everything chosen stays on the screen, ready for another try.
      setProblem(error instanceof OfflineError ? 'offline' : 'failed');
    }
  };

  if (made) {
    const link = `${location.origin}/invite#${made.token}`;
    const code = `${made.code.slice(0, 4)} ${made.code.slice(4)}`;
    const canShare = typeof navigator.share === 'function';
    return (
      <PageFrame
        title={t('sharing:invite.ready')}
        symbol="envelope"
        lede={t('sharing:invite.readyHint', { name: personName })}
        titleActions={
          <ReadAloud
            id="invite-ready"
            sentences={[
              t('sharing:invite.ready'),
              t('sharing:invite.readyHint', { name: personName }),
              t('sharing:invite.code'),
              made.code.split('').join(' '),
              t('sharing:invite.safe', { name: personName }),
            ]}
          />
        }
      >
        <section class="card" aria-labelledby="link-title">
          <h2 id="link-title">{t('sharing:invite.link')}</h2>
          <p class="sharing-link" data-testid="invite-link">
            {link}
          </p>
          <div class="button-row">
            <Button
              symbol="papers"
              onPress={async () => {
                await navigator.clipboard.writeText(link);
                setCopied(true);
              }}
            >
              {t('sharing:invite.copy')}
            </Button>
            {canShare && (
              <Button
                variant="secondary"
                symbol="letter"
                onPress={() => void navigator.share({ url: link }).catch(() => undefined)}
              >
                {t('sharing:invite.share')}
              </Button>
            )}
          </div>
          <LiveStatus>{copied ? t('sharing:invite.copied') : ''}</LiveStatus>
        </section>
        <section class="card" aria-labelledby="qr-title">
          <h2 id="qr-title">{t('sharing:invite.qr')}</h2>
          <img
            class="sharing-qr"
            data-testid="invite-qr"
            alt={t('sharing:invite.qrAlt')}
            src={`data:image/svg+xml;utf8,${encodeURIComponent(renderSVG(link, { border: 2 }))}`}
          />
        </section>
        <section class="card" aria-labelledby="code-title">
          <h2 id="code-title">{t('sharing:invite.code')}</h2>
          <p class="sharing-code" data-testid="invite-code">
            {code}
          </p>
          <p>{t('sharing:invite.codeHint')}</p>
        </section>
        <Notice title={t('sharing:invite.safe', { name: personName })} />
        <LinkButton href="/people" symbol="people" variant="primary">
          {t('sharing:invite.done')}
        </LinkButton>
      </PageFrame>
    );
  }

  return (
    <PageFrame
      title={t('sharing:invite.title')}
      symbol="add"
      lede={t('sharing:invite.lede')}
      titleActions={
        <ReadAloud
          id="invite"
          sentences={[
            t('sharing:invite.title'),
            t('sharing:invite.who'),
            t('sharing:invite.role'),
            t('sharing:invite.what'),
          ]}
        />
      }
    >
      <ChoiceCards
        label={t('sharing:invite.who')}
        choices={[
          ...attendees.map((a) => ({
            value: a.id,
            label: a.name,
            symbol: a.kind ? KIND_SYMBOL[a.kind] : ('person' as const),
          })),
          { value: NEW, label: t('sharing:invite.someoneNew'), symbol: 'add' as const },
        ]}
        value={who}
        onChange={setWho}
      />
      {who === NEW && (
        <TextField
          label={t('sharing:invite.newName')}
          value={name}
          onChange={setName}
          width="medium"
          errorMessage={problem === 'nameNeeded' ? t('sharing:invite.nameNeeded') : undefined}
          isInvalid={problem === 'nameNeeded'}
        />
      )}
      <ChoiceCards
        label={t('sharing:invite.role')}
        choices={INVITED_ROLES.map((r) => ({
          value: r,
          label: t(`sharing:roles.${r}.label`),
          hint: t(`sharing:roles.${r}.hint`),
          symbol: ROLE_SYMBOL[r],
        }))}
        value={role}
        onChange={(r) => {
          setRole(r);
          setPermissions([...ROLE_DEFAULTS[r]]);
        }}
      />
      {role && role !== 'viewer' && (
        <PermissionCards selected={permissions} onChange={setPermissions} />
      )}
      {(problem === 'offline' || problem === 'failed') && (
        <Notice error title={t(`sharing:invite.${problem}`)}>
          {problem === 'offline' && <p>{t('sharing:invite.offlineKeep')}</p>}
        </Notice>
      )}
      <Button symbol="envelope" isDisabled={!who || !role} onPress={make}>
        {t('sharing:invite.make')}
      </Button>
    </PageFrame>
  );
}

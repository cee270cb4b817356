import { useCallback, useEffect, useState } from 'preact/hooks';
import { useCurrentPlan, useRecords } from '../../data';
import { useT } from '../../i18n/useT';
import type { Member, People } from '../../shared/invitations';
import { attendeeModel } from '../../shared/models/attendee';
import type { Permission } from '../../shared/sharing';
import { sharing, useAccount } from '../../sync';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { LinkButton } from '../../ui/LinkButton';
import { LiveStatus } from '../../ui/LiveStatus';
import { Notice } from '../../ui/Notice';
import { PageFrame } from '../../ui/PageFrame';
import { Picture } from '../../ui/Picture';
import { ReadAloud } from '../../ui/ReadAloud';
import { PermissionCards } from './PermissionCards';
import { PermissionList } from './PermissionList';
import { errorKey, ROLE_SYMBOL } from './words';
import '../planner/planner.css';
import './sharing.css';

/** Everyone the person shares their plan with, and the invitations not yet used. */
export default function MyPeoplePage() {
  const t = useT();
  const plan = useCurrentPlan();
  const account = useAccount();
  const [people, setPeople] = useState<People | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const planId = plan?.id;
  // Someone invited from "who is coming" is named there (the server keeps no name for them).
  const attendeeNames = new Map(
    (useRecords(planId, 'attendee') ?? []).map((r) => [r.id, attendeeModel.decode(r.data).name]),
  );
  const nameOf = (p: { name: string | null; attendeeId: string | null }) =>
    p.name ?? ((p.attendeeId && attendeeNames.get(p.attendeeId)) || t('sharing:people.someone'));

  const reload = useCallback(async () => {
    if (!planId) return;
    try {
      setPeople(await sharing.people(planId));
      setProblem(null);
    } catch (error) {
      setProblem(errorKey(error));
    }
  }, [planId]);
  useEffect(() => {
    if (account) void reload();
  }, [account, reload]);

  const act = async (run: () => Promise<void>, done: string) => {
    try {
      await run();
      setProblem(null);
      setSaid(done);
      await reload();
      return true;
    } catch (error) {
      setProblem(errorKey(error));
      return false;
    }
  };

  const sentences = [t('sharing:people.title'), t('sharing:people.lede')];
  for (const m of people?.members ?? [])
    sentences.push(
      `${nameOf(m)}. ${t(`sharing:roles.${m.role === 'owner' ? 'supporter' : m.role}.label`)}.`,
      m.status === 'pending' ? t('sharing:people.waiting') : t('sharing:people.active'),
    );

  return (
    <PageFrame
      title={t('sharing:people.title')}
      symbol="people"
      lede={t('sharing:people.lede')}
      titleActions={
        <ReadAloud id="my-people" label={t('sharing:people.readPage')} sentences={sentences} />
      }
    >
      <LiveStatus>{said}</LiveStatus>
      {problem && <Notice error title={t(problem)} />}
      {account === null && (
        <>
          <p>{t('sharing:people.signInFirst')}</p>
          <LinkButton href="/account" symbol="server" variant="primary">
            {t('sharing:people.signIn')}
          </LinkButton>
        </>
      )}
      {account && planId && people && (
        <>
          {people.members.length === 0 && people.invitations.length === 0 && (
            <p>{t('sharing:people.empty')}</p>
          )}
          <ul class="item-list sharing-people">
            {people.members.map((m) => (
              <MemberCard key={m.userId} member={m} name={nameOf(m)} planId={planId} act={act} />
            ))}
            {people.invitations.map((i) => {
              const name = nameOf(i);
              return (
                <li key={i.invitationId} class="item">
                  <Picture symbol={ROLE_SYMBOL[i.role]} alt="" size="large" />
                  <div class="item__body">
                    <h2 class="item__title" dir="auto">
                      {name}
                    </h2>
                    <p class="item__line">{t(`sharing:roles.${i.role}.label`)}</p>
                    <p class="status-line">
                      <Picture symbol="envelope" alt="" size="icon" />
                      <span>{t('sharing:people.invited')}</span>
                    </p>
                    <Button
                      variant="secondary"
                      symbol="remove"
                      onPress={() => void act(() => sharing.cancel(planId, i.invitationId), '')}
                    >
                      {t('sharing:people.cancelInvite')}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
          <LinkButton href="/people/invite" symbol="add" variant="primary">
            {t('sharing:people.invite')}
          </LinkButton>
        </>
      )}
      {account && (
        <p class="sharing-history">
          <LinkButton href="/plan-history" symbol="documents">
            {t('sharing:people.history')}
          </LinkButton>
        </p>
      )}
    </PageFrame>
  );
}

function MemberCard(props: {
  member: Member;
  name: string;
  planId: string;
  act: (run: () => Promise<void>, done: string) => Promise<boolean>;
}) {
  const t = useT();
  const { member: m, name, planId, act } = props;
  const role = m.role === 'owner' ? 'supporter' : m.role;
  const [asking, setAsking] = useState<'letIn' | 'stop' | null>(null);
  const [editing, setEditing] = useState<Permission[] | null>(null);
  return (
    <li class="item">
      <Picture symbol={ROLE_SYMBOL[role]} alt="" size="large" />
      <div class="item__body">
        <h2 class="item__title" dir="auto">
          {name}
        </h2>
        <p class="item__line">{t(`sharing:roles.${role}.label`)}</p>
        <p class="status-line">
          <Picture symbol={m.status === 'pending' ? 'hourglass' : 'tick'} alt="" size="icon" />
          <span>
            {m.status === 'pending' ? t('sharing:people.waiting') : t('sharing:people.active')}
          </span>
        </p>
        <p>{t('sharing:people.mayDo')}</p>
        <PermissionList permissions={m.permissions} none={t('sharing:people.nothing')} />
        {editing && (
          <>
            <PermissionCards selected={editing} onChange={setEditing} />
            <Button
              symbol="save"
              onPress={async () => {
                if (
                  await act(
                    () => sharing.change(planId, m.userId, { role, permissions: editing }),
                    t('sharing:people.saved', { name }),
                  )
                )
                  setEditing(null);
              }}
            >
              {t('sharing:people.change', { name })}
            </Button>
          </>
        )}
        <div class="button-row">
          {m.status === 'pending' && (
            <Button symbol="yes" onPress={() => setAsking('letIn')}>
              {t('sharing:people.letIn', { name })}
            </Button>
          )}
          {!editing && (
            <Button
              variant="secondary"
              symbol="pencil"
              onPress={() => setEditing([...m.permissions])}
            >
              {t('sharing:people.change', { name })}
            </Button>
          )}
          <Button variant="secondary" symbol="remove" onPress={() => setAsking('stop')}>
            {t('sharing:people.stop', { name })}
          </Button>
        </div>
      </div>
      <Dialog
        isOpen={asking === 'letIn'}
        onClose={() => setAsking(null)}
        title={t('sharing:people.letInTitle', { name })}
      >
        <p>{t('sharing:people.letInQuestion')}</p>
        <div class="button-row">
          <Button
            symbol="yes"
            onPress={async () => {
              setAsking(null);
              await act(
                () => sharing.confirm(planId, m.userId),
                t('sharing:people.letInDone', { name }),
              );
            }}
          >
            {t('sharing:people.yesLetIn')}
          </Button>
          <Button variant="secondary" symbol="no" onPress={() => setAsking(null)}>
            {t('sharing:people.notNow')}
          </Button>
        </div>
      </Dialog>
      <Dialog
        isOpen={asking === 'stop'}
        onClose={() => setAsking(null)}
        title={t('sharing:people.stopTitle', { name })}
        role="alertdialog"
      >
        <p>{t('sharing:people.stopBody', { name })}</p>
        <div class="button-row">
          <Button
            variant="warning"
            symbol="remove"
            onPress={async () => {
              setAsking(null);
              await act(
                () => sharing.stop(planId, m.userId),
                t('sharing:people.stopped', { name }),
              );
            }}
          >
            {t('sharing:people.yesStop')}
          </Button>
          <Button variant="secondary" symbol="no" onPress={() => setAsking(null)}>
            {t('sharing:people.keep')}
          </Button>
        </div>
      </Dialog>
    </li>
  );
}

// Deleting an account (issue 12 item 3), on both databases: a person with a plan, a member, an
// invitation, photos, a conflict, history, a passkey and two sessions is erased, and then EVERY
// table the database lists (so a table added later is covered too) is searched for anything of
// them; only the content-free tombstone of the plan may remain. Also: a member leaving a plan,
// the refusals (malformed, signed out, a sign-in that is not fresh), and other devices learning.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/shared/ids';
import { DATABASES, startHarness, type Device, type Harness } from './support/harness';
import { JPEG, joinPlan, putMedia, sha } from './support/members';
import { mutation, pullAs, pushAs } from './support/mutations';

const SECRET = 'SECRET-WORDS-8812';

/** A supporter who said yes to seeing and helping with the answers. */
function addMember(h: Harness, planId: string, member: Device, invitedBy: string) {
  return joinPlan(h, planId, member, {
    role: 'supporter',
    perms: ['seeAnswers', 'writeAnswers'],
    invitedBy,
    consented: true,
  });
}

/** Every table, as the database itself lists them. */
async function allTables(h: Harness): Promise<string[]> {
  const q =
    h.store.dialect === 'postgres'
      ? sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables
          WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`
      : sql<{ name: string }>`SELECT name FROM sqlite_master
          WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`;
  return (await q.execute(h.db)).rows.map((r) => r.name);
}

async function rowsOf(h: Harness, table: string): Promise<string[]> {
  const rows = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(h.db))
    .rows;
  return rows.map((r) =>
    JSON.stringify(r, (_k, v: unknown) =>
      // Bytes (media) are searched as text and as hex.
      v && typeof v === 'object' && 'type' in v && (v as { type: string }).type === 'Buffer'
        ? Buffer.from((v as unknown as { data: number[] }).data).toString('latin1')
        : v,
    ),
  );
}

describe.each(DATABASES)('deleting an account, on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(() => h.close());

  it('erases everything of the person and keeps only a content-free tombstone', async () => {
    const email = `sam-${kind}@example.org`;
    const one = await h.owner(email);
    const two = await h.signIn(email);
    const planId = one.planId;
    const sam = one.account.userId;

    // Someone else's plan, with a photo Sam's plan also holds: it must stay theirs.
    const other = await h.owner(`other-${kind}@example.org`);
    const shared = Buffer.concat([JPEG, Buffer.from('shared-photo')]);
    expect((await putMedia(h, other, other.planId, shared)).statusCode).toBe(201);
    await pushAs(h, other, [
      mutation(other.planId, 'o1', { words: ['Their own words', 0] }, { op: 'create' }),
    ]);
    // Sam supports in that plan too: the membership goes, their plan stays.
    await addMember(h, other.planId, one, other.account.userId);

    // Sam's plan: records with a secret, a photo only it holds and the shared one, history.
    const own = Buffer.concat([JPEG, Buffer.from('sams-own-photo')]);
    expect((await putMedia(h, one, planId, own)).statusCode).toBe(201);
    expect((await putMedia(h, one, planId, shared)).statusCode).toBe(201);
    await pushAs(h, one, [mutation(planId, 'r1', { words: ['start', 0] }, { op: 'create' })]);
    await pushAs(h, one, [mutation(planId, 'r1', { words: [SECRET, 1] })]);
    // A conflict: the second device edits from the old revision.
    const [conflicted] = await pushAs(h, two, [mutation(planId, 'r1', { words: ['other', 1] })]);
    expect(conflicted!.status).not.toBe('rejected');
    const kept = await h.db
      .selectFrom('conflicts')
      .select('id')
      .where('plan_id', '=', planId)
      .execute();
    expect(kept.length).toBeGreaterThan(0);

    // A member, and an invitation still open.
    const alex = await h.signIn(`alex-${kind}@example.org`);
    await addMember(h, planId, alex, sam);
    const invite = await h.post(
      `/api/plans/${planId}/invitations`,
      { role: 'supporter', permissions: ['seeAnswers'], name: 'Jo' },
      one.cookie,
    );
    expect(invite.statusCode).toBe(201);
    // A passkey and a passkey challenge (rows as the passkey routes write them).
    const credentialId = `cred-${uuidv7()}`;
    await h.db
      .insertInto('credentials')
      .values({
        id: credentialId,
        user_id: sam,
        public_key: 'pk-of-sam',
        counter: 1,
        transports: '[]',
        device_type: 'singleDevice',
        backed_up: 0,
        created_at: new Date().toISOString(),
        last_used_at: null,
      })
      .execute();
    await h.db
      .insertInto('webauthn_challenges')
      .values({
        id: uuidv7(),
        challenge: 'challenge-of-sam',
        purpose: 'register',
        user_id: sam,
        created_at: new Date().toISOString(),
        expires_at: new Date(Date.now() + 60_000).toISOString(),
        used_at: null,
      })
      .execute();
    // Something Sam sent a professional: their address goes with the plan.
    await h.db
      .insertInto('deliveries')
      .values({
        id: uuidv7(),
        plan_id: planId,
        item: 'feedback',
        to_name: 'Dr Example',
        to_role: 'careCoordinator',
        to_email: 'pro-of-sam@example.org',
        sent_by: sam,
        created_at: new Date().toISOString(),
        sent_at: new Date().toISOString(),
        failed_at: null,
        opened_at: null,
        opened_by: null,
        expires_at: new Date(Date.now() + 86_400_000).toISOString(),
        sent_version: 1,
      })
      .execute();
    const alexPull = await pullAs(h, alex, { [planId]: { checkpoint: 0 } });
    expect(alexPull.pages.some((p) => p.planId === planId)).toBe(true);

    const markers = [
      sam,
      email,
      planId,
      one.clientId,
      two.clientId,
      credentialId,
      'pk-of-sam',
      'challenge-of-sam',
      'pro-of-sam@example.org',
      SECRET,
      sha(own),
      'sams-own-photo',
      invite.json().invitationId as string,
    ];

    const res = await h.post('/api/account/erase', { confirm: true }, one.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ erased: true, plans: 1 });

    const tables = await allTables(h);
    expect(tables).toEqual(expect.arrayContaining(['users', 'records', 'media', 'erased_plans']));
    for (const table of tables) {
      for (const row of await rowsOf(h, table)) {
        const found = markers.filter((m) => row.includes(m));
        if (found.length === 0) continue;
        // The tombstone: the plan's random id and a time, nothing else of anyone.
        const tombstone =
          (table === 'erased_plans' || (table === 'audit_log' && row.includes('"plan.erased"'))) &&
          found.length === 1 &&
          found[0] === planId;
        expect(tombstone, `${table}: ${row}`).toBe(true);
      }
    }
    const audit = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('plan_id', '=', planId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_user_id: null,
      action: 'plan.erased',
      target: null,
      details: '{}',
    });

    // Everyone else keeps what is theirs: the other plan, its photo, Alex's account.
    const theirs = await h.db
      .selectFrom('records')
      .select('id')
      .where('plan_id', '=', other.planId)
      .execute();
    expect(theirs).toHaveLength(1);
    expect(
      await h.db.selectFrom('media').select('sha256').where('sha256', '=', sha(shared)).execute(),
    ).toHaveLength(1);
    expect(
      await h.db.selectFrom('users').select('id').where('id', '=', alex.account.userId).execute(),
    ).toHaveLength(1);

    // Sam's other device is signed out; the member's device learns the plan was erased.
    expect((await pullAs(h, alex, { [planId]: { checkpoint: 3 } })).erasedPlans).toEqual([planId]);
    const stale = await h.post('/api/sync/pull', { clientId: two.clientId, plans: {} }, two.cookie);
    expect(stale.statusCode).toBe(401);
    const asked = await h.request('GET', `/api/plans/${planId}/erased`);
    expect(asked.json()).toEqual({ erased: true });
    // The answer for the other, living plan is no: erased means erased, not "not yours".
    expect((await h.request('GET', `/api/plans/${other.planId}/erased`)).json()).toEqual({
      erased: false,
    });
    expect((await h.request('GET', `/api/plans/not-a-plan/erased`)).statusCode).toBe(400);
    // The audit log is still append-only for everything else.
    await expect(h.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });

  it('refuses without a fresh sign-in, a confirmation or a session, and erases nothing', async () => {
    const d = await h.owner(`stale-${kind}@example.org`);
    const erase = (body: unknown, cookie?: string) => h.post('/api/account/erase', body, cookie);
    expect((await erase({ confirm: true })).statusCode).toBe(401);
    for (const body of [{}, { confirm: false }, { confirm: 'yes' }, { confirm: true, also: 1 }]) {
      expect((await erase(body, d.cookie)).statusCode, JSON.stringify(body)).toBe(400);
    }
    const eleven = new Date(Date.now() - 11 * 60_000).toISOString();
    await h.db
      .updateTable('sessions')
      .set({ created_at: eleven })
      .where('user_id', '=', d.account.userId)
      .execute();
    const stale = await erase({ confirm: true }, d.cookie);
    expect(stale.statusCode).toBe(403);
    expect(stale.json().error).toBe('sign_in_again');
    expect(
      await h.db.selectFrom('plans').select('id').where('id', '=', d.planId).execute(),
    ).toHaveLength(1);
    expect(
      await h.db.selectFrom('users').select('id').where('id', '=', d.account.userId).execute(),
    ).toHaveLength(1);
    // Signing in again makes it fresh.
    const again = await h.signIn(`stale-${kind}@example.org`);
    expect((await erase({ confirm: true }, again.cookie)).statusCode).toBe(200);
  });

  it('lets a member leave a plan, and the plan stops reaching their device', async () => {
    const owner = await h.owner(`owner-leave-${kind}@example.org`);
    const member = await h.signIn(`member-leave-${kind}@example.org`);
    const stranger = await h.signIn(`stranger-leave-${kind}@example.org`);
    await addMember(h, owner.planId, member, owner.account.userId);
    const leave = (d: Device) => h.post(`/api/plans/${owner.planId}/leave`, {}, d.cookie);
    expect((await h.post(`/api/plans/${owner.planId}/leave`, {})).statusCode).toBe(401);
    expect((await h.post('/api/plans/nope/leave', {}, member.cookie)).statusCode).toBe(400);
    expect((await leave(owner)).statusCode).toBe(403);
    expect((await leave(stranger)).statusCode).toBe(404);
    const left = await leave(member);
    expect(left.statusCode).toBe(200);
    expect(left.json()).toEqual({ result: 'left' });
    const pulled = await pullAs(h, member, { [owner.planId]: { checkpoint: 0 } });
    expect(pulled.revokedPlans).toEqual([owner.planId]);
    expect(pulled.erasedPlans).toEqual([]);
    expect((await leave(member)).statusCode).toBe(404);
    const row = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('plan_id', '=', owner.planId)
      .where('action', '=', 'sharing.left')
      .executeTakeFirstOrThrow();
    expect(row.actor_user_id).toBe(member.account.userId);
  });
});

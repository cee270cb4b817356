// Invitations end to end on a real server and database: made by the owner only, single use, 7
// days, a wrong code counted per address in the database, accepting only asks to join, and the
// person's confirmation needs consent for a family member of someone 16 or older.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/shared/ids';
import { CODE_ALPHABET, INVITE } from '../../src/shared/invitations';
import type { RecordType } from '../../src/shared/records';
import { DATABASES, ORIGIN, startHarness, type Device, type Harness } from './support/harness';
import { mutation, pullAs, pushAs } from './support/mutations';

const DAY = 24 * 60 * 60 * 1000;

describe.each(DATABASES)('invitations on %s', (kind) => {
  let h: Harness;
  let owner: Device & { planId: string };
  let alex: Device;

  beforeEach(async () => {
    h = await startHarness(kind);
    owner = await h.owner('sam@example.org');
    alex = await h.signIn('alex@example.org');
    // Something to read, so a member's pull shows the plan.
    await pushAs(h, owner, [
      mutation(owner.planId, uuidv7(), { words: ['Hello', 0] }, { op: 'create' }),
    ]);
  });
  afterEach(() => h.close());

  const invite = (body: Record<string, unknown> = {}, device: Device = owner) =>
    h.post(
      `/api/plans/${owner.planId}/invitations`,
      { role: 'supporter', permissions: ['seeAnswers', 'writeAnswers'], name: 'Alex', ...body },
      device.cookie,
    );
  const fromIp = (ip: string, url: string, body: unknown, cookie: string) =>
    h.app.inject({
      method: 'POST',
      url,
      remoteAddress: ip,
      headers: { host: 'localhost', origin: ORIGIN, 'content-type': 'application/json', cookie },
      payload: JSON.stringify(body),
    });
  const people = async () =>
    (await h.request('GET', `/api/plans/${owner.planId}/people`, undefined, owner.cookie)).json();
  const confirm = (userId: string) =>
    h.post(`/api/plans/${owner.planId}/members/${userId}/confirm`, {}, owner.cookie);
  const canPull = async (d: Device) =>
    (await pullAs(h, d, { [owner.planId]: { checkpoint: 0 } })).pages.some(
      (p) => p.planId === owner.planId,
    );

  it('makes a link token and a short code, stores only their hashes, and audits no content', async () => {
    const res = await invite();
    expect(res.statusCode).toBe(201);
    const { token, code, expiresAt } = res.json();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(code).toHaveLength(INVITE.codeLength);
    for (const c of code) expect(CODE_ALPHABET).toContain(c);
    expect(CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(6.9 * DAY);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(7 * DAY);
    const stored = JSON.stringify(await h.db.selectFrom('plan_invitations').selectAll().execute());
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(code);
    const log = JSON.stringify(await h.db.selectFrom('audit_log').selectAll().execute());
    expect(log).toContain('invite.created');
    expect(log).not.toContain('Alex');
    expect(log).not.toContain(token);
  });

  it('the supporter accepts by link, waits, and is let in only when the person confirms', async () => {
    const { token } = (await invite()).json();
    const open = await h.post('/api/invitations/open', { token }, alex.cookie);
    expect(open.statusCode).toBe(200);
    expect(open.json()).toMatchObject({
      role: 'supporter',
      permissions: ['seeAnswers', 'writeAnswers'],
    });
    const accept = await h.post('/api/invitations/accept', { token }, alex.cookie);
    expect(accept.json()).toEqual({ planId: owner.planId, status: 'pending' });
    // A leaked link alone lets nobody in: pending members read nothing.
    expect(await canPull(alex)).toBe(false);
    expect((await people()).members).toEqual([
      expect.objectContaining({ userId: alex.account.userId, name: 'Alex', status: 'pending' }),
    ]);
    expect((await confirm(alex.account.userId)).statusCode).toBe(200);
    expect(await canPull(alex)).toBe(true);
    expect((await people()).members[0].status).toBe('active');
  });

  it('accepts by the short code, typed with spaces and small letters', async () => {
    const { code } = (await invite()).json();
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`;
    const accept = await h.post('/api/invitations/accept', { code: typed }, alex.cookie);
    expect(accept.statusCode).toBe(200);
  });

  it('is single use: a replay after acceptance is refused, by link and by code', async () => {
    const { token, code } = (await invite()).json();
    expect((await h.post('/api/invitations/accept', { token }, alex.cookie)).statusCode).toBe(200);
    const eve = await h.signIn('eve@example.org');
    const replay = await h.post('/api/invitations/accept', { token }, eve.cookie);
    expect(replay.statusCode).toBe(410);
    expect(replay.json().error).toBe('invite_used');
    expect((await h.post('/api/invitations/accept', { code }, eve.cookie)).statusCode).toBe(410);
    expect(await canPull(eve)).toBe(false);
  });

  it('expires after 7 days', async () => {
    const { token, invitationId } = (await invite()).json();
    await h.db
      .updateTable('plan_invitations')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', invitationId)
      .execute();
    const res = await h.post('/api/invitations/accept', { token }, alex.cookie);
    expect(res.statusCode).toBe(410);
    expect(res.json().error).toBe('invite_expired');
    expect((await people()).invitations).toEqual([]);
  });

  it('a wrong code is refused, and guessing is limited per address in the database', async () => {
    await invite();
    const wrong = 'AAAAAAAA';
    for (let i = 0; i < INVITE.maxGuessesPerIp; i++) {
      const res = await fromIp('10.0.0.9', '/api/invitations/open', { code: wrong }, alex.cookie);
      expect(res.statusCode).toBe(404);
    }
    const { code } = (await invite()).json();
    // Even the right code waits now, from that address…
    const blocked = await fromIp('10.0.0.9', '/api/invitations/open', { code }, alex.cookie);
    expect(blocked.statusCode).toBe(429);
    // …the count is a row in the database, so a second server would see it too…
    const rows = await h.db.selectFrom('invite_guesses').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).not.toContain('10.0.0.9');
    // …and another address is not affected.
    expect(
      (await fromIp('10.0.0.8', '/api/invitations/open', { code }, alex.cookie)).statusCode,
    ).toBe(200);
  });

  it('stops working after too many opens of one invitation', async () => {
    const { token } = (await invite()).json();
    for (let i = 0; i < INVITE.maxOpensPerInvitation; i++)
      await h.post('/api/invitations/open', { token }, alex.cookie);
    expect((await h.post('/api/invitations/accept', { token }, alex.cookie)).statusCode).toBe(429);
  });

  it('only the owner can invite, list or confirm', async () => {
    const { token } = (await invite()).json();
    await h.post('/api/invitations/accept', { token }, alex.cookie);
    await confirm(alex.account.userId);
    // Alex is now a supporter, not the owner.
    expect((await invite({}, alex)).statusCode).toBe(403);
    expect(
      (await h.request('GET', `/api/plans/${owner.planId}/people`, undefined, alex.cookie))
        .statusCode,
    ).toBe(403);
    const noSession = await h.post(`/api/plans/${owner.planId}/invitations`, {
      role: 'supporter',
      permissions: [],
      name: 'X',
    });
    expect(noSession.statusCode).toBe(401);
  });

  it('an invitation to a plan the inviter no longer owns lets nobody in', async () => {
    const { token } = (await invite()).json();
    await h.db
      .updateTable('plan_members')
      .set({ status: 'revoked' })
      .where('plan_id', '=', owner.planId)
      .where('user_id', '=', owner.account.userId)
      .execute();
    const res = await h.post('/api/invitations/accept', { token }, alex.cookie);
    expect(res.statusCode).toBe(404);
    expect(
      await h.db
        .selectFrom('plan_members')
        .selectAll()
        .where('user_id', '=', alex.account.userId)
        .execute(),
    ).toEqual([]);
  });

  describe('what the first tests leave out', () => {
    const accept = (key: { token: string } | { code: string }, d: Device) =>
      h.post('/api/invitations/accept', key, d.cookie);
    const open = (key: { token: string } | { code: string }, d: Device) =>
      h.post('/api/invitations/open', key, d.cookie);

    it('single use even when two people accept at the same moment', async () => {
      const { token } = (await invite()).json();
      const eve = await h.signIn('eve@example.org');
      const answers = await Promise.all([accept({ token }, alex), accept({ token }, eve)]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 410]);
      const members = await h.db
        .selectFrom('plan_members')
        .select('user_id')
        .where('plan_id', '=', owner.planId)
        .where('status', '=', 'pending')
        .execute();
      expect(members).toHaveLength(1);
    });

    it('a replay by the same person, waiting or after sharing stopped, lets nobody back in', async () => {
      const { token, code } = (await invite()).json();
      expect((await accept({ token }, alex)).statusCode).toBe(200);
      expect((await accept({ token }, alex)).statusCode).toBe(410);
      expect((await open({ token }, alex)).json().error).toBe('invite_used');
      await confirm(alex.account.userId);
      const stop = `/api/plans/${owner.planId}/members/${alex.account.userId}/stop`;
      expect((await h.post(stop, {}, owner.cookie)).statusCode).toBe(200);
      // The old link and the old code are spent: Alex needs a new invitation.
      for (const key of [{ token }, { code }]) {
        const again = await accept(key, alex);
        expect(again.statusCode).toBe(410);
        expect(again.json().error).toBe('invite_used');
      }
      expect(await canPull(alex)).toBe(false);
      const row = await h.db
        .selectFrom('plan_members')
        .select('status')
        .where('plan_id', '=', owner.planId)
        .where('user_id', '=', alex.account.userId)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('revoked');
    });

    it('an expired invitation cannot even be opened, by link or by code, and reveals nothing', async () => {
      const { token, code, invitationId } = (await invite()).json();
      await h.db
        .updateTable('plan_invitations')
        .set({ expires_at: new Date(Date.now() - 1).toISOString() })
        .where('id', '=', invitationId)
        .execute();
      for (const key of [{ token }, { code }]) {
        const res = await open(key, alex);
        expect(res.statusCode).toBe(410);
        expect(res.json().error).toBe('invite_expired');
        expect(res.body).not.toContain(owner.planId);
        expect(res.body).not.toContain('Sam');
      }
      // An expired invitation is not a wrong guess: the address is not counted against.
      expect(await h.db.selectFrom('invite_guesses').selectAll().execute()).toEqual([]);
    });

    it('a cancelled invitation no longer works', async () => {
      const { token, invitationId } = (await invite()).json();
      const del = await h.request(
        'DELETE',
        `/api/plans/${owner.planId}/invitations/${invitationId}`,
        undefined,
        owner.cookie,
      );
      expect(del.statusCode).toBe(204);
      expect((await accept({ token }, alex)).statusCode).toBe(404);
      expect((await people()).invitations).toEqual([]);
    });

    it('a wrong token counts like a wrong code, and the count ends with its window', async () => {
      const wrong = 'A'.repeat(43);
      for (let i = 0; i < INVITE.maxGuessesPerIp; i++)
        expect(
          (await fromIp('10.0.0.7', '/api/invitations/accept', { token: wrong }, alex.cookie))
            .statusCode,
        ).toBe(404);
      const { token } = (await invite()).json();
      expect(
        (await fromIp('10.0.0.7', '/api/invitations/accept', { token }, alex.cookie)).statusCode,
      ).toBe(429);
      // Nothing was joined while the address waited.
      expect(await canPull(alex)).toBe(false);
      // The window passes (its start moved back, not waited for): the right token works again.
      await h.db
        .updateTable('invite_guesses')
        .set({
          window_start: new Date(
            Date.now() - (INVITE.guessWindowMinutes + 1) * 60_000,
          ).toISOString(),
        })
        .execute();
      expect(
        (await fromIp('10.0.0.7', '/api/invitations/accept', { token }, alex.cookie)).statusCode,
      ).toBe(200);
    });

    it('the inviter no longer owns the plan: it cannot be opened, and a waiting member cannot be let in', async () => {
      const first = (await invite()).json();
      const second = (await invite({ name: 'Jo' })).json();
      expect((await accept({ token: first.token }, alex)).statusCode).toBe(200);
      await h.db
        .updateTable('plan_members')
        .set({ status: 'revoked' })
        .where('plan_id', '=', owner.planId)
        .where('user_id', '=', owner.account.userId)
        .execute();
      const jo = await h.signIn('jo@example.org');
      const res = await open({ token: second.token }, jo);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(owner.planId);
      expect((await confirm(alex.account.userId)).statusCode).toBe(403);
      expect(await canPull(alex)).toBe(false);
    });

    it('an invitation to a plan that was deleted lets nobody in', async () => {
      const { token } = (await invite()).json();
      await h.db
        .updateTable('plans')
        .set({ deleted_at: new Date().toISOString() })
        .where('id', '=', owner.planId)
        .execute();
      expect((await open({ token }, alex)).statusCode).toBe(404);
      expect((await accept({ token }, alex)).statusCode).toBe(404);
      expect(await canPull(alex)).toBe(false);
    });
  });

  it('refuses malformed, oversized and cross-site requests, writing nothing', async () => {
    const before = await h.db.selectFrom('plan_invitations').selectAll().execute();
    for (const body of [
      { role: 'owner', permissions: [], name: 'X' },
      { role: 'supporter', permissions: ['everything'], name: 'X' },
      { role: 'supporter', permissions: [], name: 'X', attendeeId: uuidv7() },
      { role: 'supporter', permissions: [] },
      { role: 'supporter', permissions: [], name: 'x'.repeat(81) },
      { role: 'supporter', permissions: [], name: 'X', extra: 1 },
      { role: 'supporter', permissions: Array(100).fill('seeAnswers'), name: 'X' },
    ])
      expect(
        (await h.post(`/api/plans/${owner.planId}/invitations`, body, owner.cookie)).statusCode,
      ).toBe(400);
    expect(
      (
        await h.post(
          '/api/plans/not-a-plan/invitations',
          { role: 'supporter', permissions: [], name: 'X' },
          owner.cookie,
        )
      ).statusCode,
    ).toBe(400);
    expect(
      (await h.post('/api/invitations/open', { code: 'x'.repeat(5000) }, alex.cookie)).statusCode,
    ).toBe(400);
    expect(
      (await h.post('/api/invitations/open', { token: 'short' }, alex.cookie)).statusCode,
    ).toBe(400);
    expect(
      (await h.post('/api/invitations/open', { code: 'OOOO0000' }, alex.cookie)).statusCode,
    ).toBe(400);
    const big = await h.post(
      '/api/invitations/accept',
      { token: 'x'.repeat(300_000) },
      alex.cookie,
    );
    expect(big.statusCode).toBe(413);
    const crossSite = await h.app.inject({
      method: 'POST',
      url: `/api/plans/${owner.planId}/invitations`,
      headers: {
        host: 'localhost',
        origin: 'https://evil.example',
        'content-type': 'application/json',
        cookie: owner.cookie,
      },
      payload: JSON.stringify({ role: 'supporter', permissions: [], name: 'X' }),
    });
    expect(crossSite.statusCode).toBe(403);
    expect(await h.db.selectFrom('plan_invitations').selectAll().execute()).toEqual(before);
  });

  describe('the 16+ family rule', () => {
    const attendeeId = uuidv7();
    const put = (type: RecordType, fields: Record<string, string>) =>
      pushAs(h, owner, [
        mutation(
          owner.planId,
          uuidv7(),
          Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, [v, 0]])),
          { op: 'create', type },
        ),
      ]);
    const familyWaiting = async () => {
      const { token } = (
        await invite({
          role: 'family',
          permissions: ['seeWhoIsComing'],
          name: undefined,
          attendeeId,
        })
      ).json();
      await h.post('/api/invitations/accept', { token }, alex.cookie);
    };

    it('refuses to confirm a family member without the person’s consent, then allows it', async () => {
      await put('review', { ageBand: '16plus' });
      await familyWaiting();
      const refused = await confirm(alex.account.userId);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toBe('consent_needed');
      expect(await canPull(alex)).toBe(false);
      await put('consent', { subject: 'attendee', attendeeId, state: 'yes', decidedBy: 'person' });
      expect((await confirm(alex.account.userId)).statusCode).toBe(200);
      expect(await canPull(alex)).toBe(true);
    });

    it('at 16+, a parent’s yes does not count; a full best-interests decision does', async () => {
      await put('review', { ageBand: '16plus' });
      await put('consent', { subject: 'attendee', attendeeId, state: 'yes', decidedBy: 'parent' });
      await familyWaiting();
      expect((await confirm(alex.account.userId)).statusCode).toBe(409);
      await put('consent', {
        subject: 'attendee',
        attendeeId,
        state: 'bestInterests',
        decidedBy: 'bestInterests',
        biWho: 'Dr Jones, psychiatrist',
        biHow: 'A meeting with the family',
        biWhen: '2026-11-01',
        biAdvocate: 'yes',
        biOutcome: 'yes',
      });
      expect((await confirm(alex.account.userId)).statusCode).toBe(200);
    });

    it('withdrawing the consent ends the family member’s access at once', async () => {
      await put('review', { ageBand: '16plus' });
      const consentId = uuidv7();
      const yes = { subject: 'attendee', attendeeId, state: 'yes', decidedBy: 'person' };
      await pushAs(h, owner, [
        mutation(
          owner.planId,
          consentId,
          Object.fromEntries(Object.entries(yes).map(([k, v]) => [k, [v, 0]])),
          { op: 'create', type: 'consent' },
        ),
      ]);
      await familyWaiting();
      expect((await confirm(alex.account.userId)).statusCode).toBe(200);
      expect(await canPull(alex)).toBe(true);
      // The person changes their mind in the planner: one change, synced like any other.
      const [withdrawn] = await pushAs(h, owner, [
        mutation(owner.planId, consentId, { state: ['withdrawn', 999] }, { type: 'consent' }),
      ]);
      expect(withdrawn!.status).toBe('applied');
      // The very next request from the family member finds the plan gone.
      const pulled = await pullAs(h, alex, { [owner.planId]: { checkpoint: 0 } });
      expect(pulled).toMatchObject({ plans: [], revokedPlans: [owner.planId], pages: [] });
      const push = await pushAs(h, alex, [
        mutation(
          owner.planId,
          uuidv7(),
          { words: ['Still here?', 0] },
          { op: 'create', type: 'diary' },
        ),
      ]);
      expect(push[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
      expect((await people()).members).toEqual([]);
      const log = await h.db
        .selectFrom('audit_log')
        .select(['action', 'target'])
        .where('plan_id', '=', owner.planId)
        .where('target', '=', alex.account.userId)
        .execute();
      expect(log.map((l) => l.action)).toContain('sharing.stopped');
    });

    it('an age change that takes the consent away (a parent’s yes at 16) ends access too', async () => {
      await put('review', { ageBand: 'under16' });
      await put('consent', {
        subject: 'attendee',
        attendeeId,
        state: 'yes',
        decidedBy: 'parent',
        view: 'yes',
      });
      await familyWaiting();
      expect((await confirm(alex.account.userId)).statusCode).toBe(200);
      // At 16 a parent's yes no longer counts (the same rule as confirming).
      await put('review', { ageBand: '16plus' });
      expect(await canPull(alex)).toBe(false);
    });

    it('a change to something else leaves a consented family member in', async () => {
      await put('review', { ageBand: '16plus' });
      await put('consent', { subject: 'attendee', attendeeId, state: 'yes', decidedBy: 'person' });
      await familyWaiting();
      expect((await confirm(alex.account.userId)).statusCode).toBe(200);
      await put('consent', { subject: 'share', state: 'no', decidedBy: 'person' });
      await put('answer', { words: 'Hello again' });
      expect(await canPull(alex)).toBe(true);
    });

    it('asks for the age first when the planner does not have it', async () => {
      await familyWaiting();
      expect((await confirm(alex.account.userId)).json().error).toBe('age_needed');
    });

    it('under 16: the parent’s yes with the young person’s view', async () => {
      await put('review', { ageBand: 'under16' });
      await put('consent', { subject: 'attendee', attendeeId, state: 'yes', decidedBy: 'parent' });
      await familyWaiting();
      expect((await confirm(alex.account.userId)).statusCode).toBe(409);
      await put('consent', {
        subject: 'attendee',
        attendeeId,
        state: 'yes',
        decidedBy: 'parent',
        view: 'yes',
      });
      expect((await confirm(alex.account.userId)).statusCode).toBe(200);
    });
  });

  it('the owner changes what a member can do and stops sharing', async () => {
    const { token } = (await invite()).json();
    await h.post('/api/invitations/accept', { token }, alex.cookie);
    await confirm(alex.account.userId);
    const url = `/api/plans/${owner.planId}/members/${alex.account.userId}`;
    const change = await h.request('PATCH', url, { role: 'viewer', permissions: [] }, owner.cookie);
    expect(change.statusCode).toBe(200);
    expect((await people()).members[0]).toMatchObject({ role: 'viewer', permissions: [] });
    expect((await h.post(`${url}/stop`, {}, alex.cookie)).statusCode).toBe(403);
    expect((await h.post(`${url}/stop`, {}, owner.cookie)).statusCode).toBe(200);
    expect(await canPull(alex)).toBe(false);
    expect((await people()).members).toEqual([]);
  });
});

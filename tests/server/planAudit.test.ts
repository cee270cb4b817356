// Who wrote it and who looked: pull pages name each record's writer (name and role in the plan),
// a member's pull leaves at most one "looked" line a day, and only the owner reads the audit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/shared/ids';
import type { AuditResponse } from '../../src/shared/protocol';
import { ROLE_DEFAULTS } from '../../src/shared/sharing';
import { DATABASES, startHarness, type Device, type Harness } from './support/harness';
import { mutation, pullAs, pushAs } from './support/mutations';

describe.each(DATABASES)('plan audit and authors on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(() => h.close());

  async function join(planId: string, member: Device, role: 'supporter' | 'family' = 'supporter') {
    const now = new Date().toISOString();
    await h.db
      .insertInto('plan_members')
      .values({
        plan_id: planId,
        user_id: member.account.userId,
        role,
        // What the person is offered for this role: a supporter may help write answers.
        scopes: JSON.stringify(ROLE_DEFAULTS[role]),
        status: 'active',
        invited_by: null,
        consented_at: now,
        created_at: now,
        revoked_at: null,
        revoked_by: null,
      })
      .execute();
    await h.db
      .updateTable('users')
      .set({ display_name: 'Alex' })
      .where('id', '=', member.account.userId)
      .execute();
  }

  const auditOf = (planId: string, cookie?: string) =>
    h.request('GET', `/api/plans/${planId}/audit`, undefined, cookie);

  it('a pull page names who wrote each record, with their role in the plan', async () => {
    const owner = await h.owner('authors-owner@example.org');
    const helper = await h.signIn('authors-helper@example.org');
    await join(owner.planId, helper);
    await pushAs(h, owner, [mutation(owner.planId, 'mine', { text: ['my words', 0] })]);
    await pushAs(h, helper, [mutation(owner.planId, 'theirs', { text: ['their words', 0] })]);

    const res = await pullAs(h, owner, { [owner.planId]: { checkpoint: 0 } });
    const page = res.pages.find((p) => p.planId === owner.planId)!;
    const byRecord = new Map(page.records.map((r) => [r.id, r.updatedBy]));
    const authors = new Map(page.authors!.map((a) => [a.userId, a]));
    expect(authors.get(byRecord.get('theirs')!)).toMatchObject({ name: 'Alex', role: 'supporter' });
    expect(authors.get(byRecord.get('mine')!)).toMatchObject({ role: 'owner' });
    // Only the writers of this page: no one else's device is listed.
    expect(page.authors).toHaveLength(2);
  });

  it('names a writer by the name the person invited them by, before their account’s own', async () => {
    const owner = await h.owner('authors-given@example.org');
    const helper = await h.signIn('authors-given-helper@example.org');
    await join(owner.planId, helper);
    const now = new Date().toISOString();
    await h.db
      .insertInto('plan_invitations')
      .values({
        id: uuidv7(),
        plan_id: owner.planId,
        token_hash: `t-${kind}-given`,
        code_hash: `c-${kind}-given`,
        role: 'supporter',
        permissions: JSON.stringify(ROLE_DEFAULTS.supporter),
        attendee_id: null,
        name: 'Auntie Jo',
        created_by: owner.account.userId,
        created_at: now,
        expires_at: now,
        opens: 1,
        accepted_by: helper.account.userId,
        accepted_at: now,
        cancelled_at: null,
      })
      .execute();
    await pushAs(h, helper, [mutation(owner.planId, 'given', { text: ['their words', 0] })]);
    const res = await pullAs(h, owner, { [owner.planId]: { checkpoint: 0 } });
    const page = res.pages.find((p) => p.planId === owner.planId)!;
    expect(page.authors!.find((a) => a.userId === helper.account.userId)).toEqual({
      userId: helper.account.userId,
      name: 'Auntie Jo',
      role: 'supporter',
    });
  });

  it('only the owner reads the audit: lines for joining, looking once a day, and changed areas', async () => {
    const owner = await h.owner('audit-owner@example.org');
    const helper = await h.signIn('audit-helper@example.org');
    await join(owner.planId, helper);
    await pushAs(h, helper, [mutation(owner.planId, 'a1', { text: ['words', 0] })]);
    await pullAs(h, helper, { [owner.planId]: { checkpoint: 0 } });
    await pullAs(h, helper, { [owner.planId]: { checkpoint: 0 } });
    await pullAs(h, owner, { [owner.planId]: { checkpoint: 0 } });

    const res = await auditOf(owner.planId, owner.cookie);
    expect(res.statusCode).toBe(200);
    const { entries } = res.json() as AuditResponse;
    const looked = entries.filter((e) => e.kind === 'looked');
    // Two pulls by the helper, one line; the owner's own pulls are not "looking".
    expect(looked).toHaveLength(1);
    expect(looked[0]!.who).toMatchObject({ name: 'Alex', role: 'supporter' });
    const changed = entries.find((e) => e.kind === 'changed' && e.who.role === 'supporter');
    expect(changed?.areas).toEqual(['myAnswers']);
    expect(entries.some((e) => e.kind === 'joined' && e.who.role === 'owner')).toBe(true);
    // Never the content.
    expect(res.body).not.toContain('words');

    // A member, a stranger, no session and a malformed id are all refused.
    expect((await auditOf(owner.planId, helper.cookie)).statusCode).toBe(403);
    const stranger = await h.owner('audit-stranger@example.org');
    expect((await auditOf(owner.planId, stranger.cookie)).statusCode).toBe(403);
    expect((await auditOf(uuidv7(), owner.cookie)).statusCode).toBe(403);
    expect((await auditOf(owner.planId)).statusCode).toBe(401);
    expect((await auditOf('not-a-plan', owner.cookie)).statusCode).toBe(400);
    // The other plan's audit is its own: nothing of this plan in it.
    const other = (await auditOf(stranger.planId, stranger.cookie)).json() as AuditResponse;
    expect(other.entries.every((e) => e.who.name !== 'Alex')).toBe(true);
  });

  it('the audit cannot be changed or deleted', async () => {
    await expect(h.db.updateTable('audit_log').set({ action: 'x' }).execute()).rejects.toThrow();
    await expect(h.db.deleteFrom('audit_log').execute()).rejects.toThrow();
  });
});

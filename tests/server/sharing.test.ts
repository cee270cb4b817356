// Sharing enforced on every request: a matrix GENERATED from the table the server uses
// (src/shared/sharing.ts, the record models' areas) — every endpoint (pull, push, media GET/PUT)
// × every role × every permission × private or not — asserting what is allowed and that nothing
// else is. Then revocation on the very next request, an item made private later leaving a
// member's device, and the owner's member API refusing what it must.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/shared/ids';
import { MODELS } from '../../src/shared/models';
import type { Area } from '../../src/shared/models/model';
import type { PullPage, Role, ServerRecord } from '../../src/shared/protocol';
import type { RecordType } from '../../src/shared/records';
import { GRANTS, MEDIA_AREAS, PERMISSIONS, type Permission } from '../../src/shared/sharing';
import { DATABASES, startHarness, type Device, type Harness } from './support/harness';
import { addMember, JPEG, putMedia, sha } from './support/members';
import { mutation, pullAll, pullAs, pushAs } from './support/mutations';

const TYPES = Object.keys(MODELS) as RecordType[];
const MEMBER_ROLES: Exclude<Role, 'owner'>[] = ['supporter', 'family', 'viewer'];
/** Each permission alone, and none. */
const SETS: Permission[][] = [[], ...PERMISSIONS.map((p) => [p])];
type Flags = 'public' | 'onlyMe' | 'forPanel';
const FLAGS: Flags[] = ['public', 'onlyMe', 'forPanel'];
const SECRET = 'SECRET-WORDS-4410';

/** What the person's plan holds: per type and flag, one record (with a secret where text fits). */
interface Seeded {
  id: string;
  type: RecordType;
  flags: Flags;
  photo?: string;
}

/** Expected from the table alone: what this member may read of a record. */
function mayRead(role: Role, perms: Permission[], rec: { type: RecordType; flags: Flags }) {
  if (rec.flags === 'onlyMe') return false;
  if (role === 'viewer') return rec.flags === 'forPanel';
  return perms.some((p) => GRANTS[p].read.includes(MODELS[rec.type].area));
}
function mayWrite(role: Role, perms: Permission[], area: Area) {
  return role !== 'viewer' && perms.some((p) => GRANTS[p].write.includes(area));
}

/** A member's first pull, from nothing, a few records a page: every page as it was sent. */
async function firstPull(h: Harness, d: Device, planId: string, limit: number) {
  const pages: PullPage[] = [];
  let from: { checkpoint: number; cursor?: { version: number; id: string } } = { checkpoint: 0 };
  let text = '';
  for (let i = 0; i < 1000; i++) {
    const res = await pullAs(h, d, { [planId]: from }, limit);
    text += JSON.stringify(res);
    const page = res.pages.find((p) => p.planId === planId);
    if (page) {
      pages.push(page);
      from = page.cursor
        ? { checkpoint: page.checkpoint, cursor: page.cursor }
        : { checkpoint: page.checkpoint };
    }
    if (!res.more) return { pages, text };
  }
  throw new Error('pull did not finish');
}

const getMedia = (h: Harness, d: Device, hash: string) =>
  h.request('GET', `/api/media/${hash}`, undefined, d.cookie);

describe.each(DATABASES)('sharing on %s', (kind) => {
  let h: Harness;
  let owner: Device & { planId: string };
  const seeded: Seeded[] = [];
  const photoOf = new Map<string, Buffer>();
  let loose: Buffer; // in the plan, referred to by no record

  beforeAll(async () => {
    h = await startHarness(kind);
    owner = await h.owner(`owner-${kind}@example.org`);
    for (const type of TYPES) {
      for (const flags of FLAGS) {
        const id = uuidv7();
        const fields: Record<string, [string | boolean, number]> = {};
        if (flags !== 'public') fields[flags] = [true, 0];
        const media = Object.entries(MODELS[type].fields).find(([, f]) => f.spec.kind === 'media');
        let photo: string | undefined;
        if (media) {
          const bytes = Buffer.concat([JPEG, Buffer.from(`${type}-${flags}`)]);
          expect((await putMedia(h, owner, owner.planId, bytes)).statusCode).toBe(201);
          photo = sha(bytes);
          photoOf.set(photo, bytes);
          fields[media[0]] = [photo, 0];
        }
        const text = Object.entries(MODELS[type].fields).find(([, f]) => f.spec.kind === 'text');
        if (text) fields[text[0]] = [SECRET, 0];
        const [r] = await pushAs(h, owner, [mutation(owner.planId, id, fields, { type })]);
        expect(r!.status, `${type} ${flags}`).toBe('applied');
        seeded.push({ id, type, flags, ...(photo ? { photo } : {}) });
      }
    }
    loose = Buffer.concat([JPEG, Buffer.from('loose')]);
    expect((await putMedia(h, owner, owner.planId, loose)).statusCode).toBe(201);
  }, 120_000);
  afterAll(() => h.close());

  describe.each(MEMBER_ROLES)('a %s', (role) => {
    it.each(SETS.map((s) => [s.join(',') || 'no permission', s] as const))(
      'with %s: pull, push and media allow exactly what the table says',
      async (_name, perms) => {
        const m = await addMember(h, owner.planId, role, perms);
        // Pull: exactly the records it may read, whole; nothing of the rest, not even a count.
        const got = await pullAll(h, m, owner.planId);
        const expected = seeded.filter((s) => mayRead(role, perms, s));
        expect([...got.keys()].sort()).toEqual(expected.map((s) => s.id).sort());
        for (const r of got.values()) expect(r.hidden).toBeUndefined();
        const res = await pullAs(h, m, { [owner.planId]: { checkpoint: 0 } });
        const page = res.pages.find((p) => p.planId === owner.planId)!;
        const sent = JSON.stringify(page);
        for (const s of seeded.filter((x) => !mayRead(role, perms, x))) {
          expect(sent).not.toContain(s.id);
          if (s.photo && !expected.some((e) => e.photo === s.photo))
            expect(sent).not.toContain(s.photo);
        }
        expect(sent).not.toContain(sha(loose));

        // A first pull a few records a page names nothing it may not read: no id, no removal,
        // no type of its own, no count (every page but the last is full; the cursor is a record
        // it may read).
        for (const limit of [1, 4]) {
          const first = await firstPull(h, m, owner.planId, limit);
          const records = first.pages.flatMap((p) => p.records);
          expect(records.map((r) => r.id).sort()).toEqual(expected.map((s) => s.id).sort());
          expect(records.filter((r) => r.hidden || r.deleted)).toEqual([]);
          for (const s of seeded.filter((x) => !mayRead(role, perms, x)))
            expect(first.text, `${s.type} ${s.flags}`).not.toContain(s.id);
          expect(new Set(records.map((r) => r.type))).toEqual(new Set(expected.map((s) => s.type)));
          for (const p of first.pages.slice(0, -1)) expect(p.records).toHaveLength(limit);
          expect(first.pages.at(-1)!.records.length).toBeLessThanOrEqual(limit);
          for (const p of first.pages)
            if (p.cursor) expect(expected.map((s) => s.id)).toContain(p.cursor.id);
        }
        const visiblePhotos = new Set(expected.flatMap((e) => (e.photo ? [e.photo] : [])));
        expect(new Set(page.media.map((x) => x.sha256))).toEqual(visiblePhotos);

        // Media GET: the bytes of what it may see; the same 404 as "nothing here" for the rest.
        for (const [hash, bytes] of [...photoOf, [sha(loose), loose] as const]) {
          const r = await getMedia(h, m, hash);
          if (visiblePhotos.has(hash)) {
            expect(r.statusCode).toBe(200);
            expect(r.rawPayload.equals(bytes)).toBe(true);
          } else {
            expect(r.statusCode, hash).toBe(404);
            expect(r.rawPayload.includes(bytes)).toBe(false);
          }
        }

        // Media PUT: only a member who may write an area that holds photos and recordings.
        const mine = Buffer.concat([JPEG, Buffer.from(`m-${m.account.userId}`)]);
        const put = await putMedia(h, m, owner.planId, mine);
        const mayPut = MEDIA_AREAS.some((a) => mayWrite(role, perms, a));
        expect(put.statusCode).toBe(mayPut ? 201 : 403);

        // Push: a new record of each type; changing each seeded record; the privacy flags.
        const created: Seeded[] = [];
        for (const type of TYPES) {
          const id = uuidv7();
          const [r] = await pushAs(h, m, [mutation(owner.planId, id, {}, { type })]);
          const allowed = mayWrite(role, perms, MODELS[type].area);
          expect(r!.status, `${type}`).toBe(allowed ? 'applied' : 'rejected');
          if (allowed) created.push({ id, type, flags: 'public' });
          if (!allowed) {
            expect(r).toEqual({
              mutationId: r!.mutationId,
              status: 'rejected',
              reason: 'forbidden',
            });
            const row = await h.db
              .selectFrom('records')
              .select('id')
              .where('id', '=', id)
              .execute();
            expect(row).toEqual([]);
          }
        }
        for (const s of seeded) {
          const text = Object.entries(MODELS[s.type].fields).find(
            ([, f]) => f.spec.kind === 'text',
          );
          if (!text) continue;
          const [r] = await pushAs(h, m, [
            mutation(owner.planId, s.id, { [text[0]]: ['member words', 1] }, { type: s.type }),
          ]);
          const allowed = mayWrite(role, perms, MODELS[s.type].area) && s.flags !== 'onlyMe';
          if (allowed) expect(r!.status).not.toBe('rejected');
          else {
            expect(r).toEqual({
              mutationId: r!.mutationId,
              status: 'rejected',
              reason: 'forbidden',
            });
            expect(JSON.stringify(r)).not.toContain(SECRET);
          }
          // The privacy flags are the person's: a member can never change them.
          const flip = s.flags === 'onlyMe' ? false : true;
          const [flag] = await pushAs(h, m, [
            mutation(owner.planId, s.id, { onlyMe: [flip, 1] }, { type: s.type }),
          ]);
          expect(flag!.reason).toBe('forbidden');
        }
        seeded.push(...created); // the next member sees them as the table says
        // Revoked members are the API test's job; this one leaves the plan for the next.
        await h.db
          .updateTable('plan_members')
          .set({ status: 'revoked' })
          .where('user_id', '=', m.account.userId)
          .execute();
      },
      60_000,
    );
  });

  it('the consent records are the person’s alone, whatever a member may do', async () => {
    const m = await addMember(h, owner.planId, 'supporter', [...PERMISSIONS]);
    for (const type of TYPES.filter((t) => MODELS[t].area === 'consent')) {
      const [r] = await pushAs(h, m, [mutation(owner.planId, uuidv7(), {}, { type })]);
      expect(r!.reason).toBe('forbidden');
    }
  });

  it('an item made private later is removed from a member’s device at the next pull', async () => {
    const m = await addMember(h, owner.planId, 'supporter', ['seeAnswers']);
    const answer = seeded.find((s) => s.type === 'answer' && s.flags === 'public')!;
    const first = await pullAs(h, m, { [owner.planId]: { checkpoint: 0 } });
    const checkpoint = first.pages.find((p) => p.planId === owner.planId)!.checkpoint;
    await pushAs(h, owner, [
      mutation(owner.planId, answer.id, { onlyMe: [true, 0] }, { type: 'answer' }),
    ]);
    const next = await pullAs(h, m, { [owner.planId]: { checkpoint } });
    const recs = next.pages.find((p) => p.planId === owner.planId)!.records;
    const gone = recs.find((r: ServerRecord) => r.id === answer.id)!;
    expect(gone).toMatchObject({ hidden: true, deleted: true, data: {}, rev: {}, conflicts: [] });
    expect(JSON.stringify(next)).not.toContain(SECRET);
    // Its photo goes with it.
    expect((await getMedia(h, m, answer.photo!)).statusCode).toBe(404);
    await pushAs(h, owner, [
      mutation(owner.planId, answer.id, { onlyMe: [false, 0] }, { type: 'answer' }),
    ]);
  });

  it('a record made private during a member’s first pull: named only if they were sent it', async () => {
    const m = await addMember(h, owner.planId, 'supporter', ['seeAnswers']);
    const answers = seeded.filter((s) => s.type === 'answer' && s.flags === 'public');
    expect(answers.length).toBeGreaterThanOrEqual(1);
    // A new answer, after every seeded one: the member has not reached it yet.
    const later = uuidv7();
    await pushAs(h, owner, [
      mutation(owner.planId, later, { words: ['LATER-WORDS-9921', 0] }, { type: 'answer' }),
    ]);
    const page1 = (await pullAs(h, m, { [owner.planId]: { checkpoint: 0 } }, 1)).pages[0]!;
    const got = page1.records[0]!;
    expect(got.hidden).toBeUndefined();
    expect(got.id).not.toBe(later);
    // The person makes both private: the one the member has, and the one they never had.
    const typeOf = (id: string) => (id === later ? 'answer' : got.type);
    for (const id of [got.id, later]) {
      const [r] = await pushAs(h, owner, [
        mutation(owner.planId, id, { onlyMe: [true, 0] }, { type: typeOf(id) }),
      ]);
      expect(r!.status).toBe('applied');
    }
    const rest = await pullAll(h, m, owner.planId, {
      checkpoint: page1.checkpoint,
      cursor: page1.cursor!,
    });
    // The one it has is taken back, by id alone; the other is never named.
    expect(rest.get(got.id)).toMatchObject({ hidden: true, deleted: true, data: {} });
    expect(rest.has(later)).toBe(false);
    expect(JSON.stringify([...rest.values()])).not.toContain('LATER-WORDS-9921');
    // A second device of the same member, from nothing, is told of the one the member was sent.
    const again = await pullAll(h, m, owner.planId);
    expect(again.get(got.id)?.hidden).toBe(true);
    expect(again.has(later)).toBe(false);
    for (const id of [got.id, later])
      await pushAs(h, owner, [
        mutation(owner.planId, id, { onlyMe: [false, 0] }, { type: typeOf(id) }),
      ]);
  });

  it('“My photos”: a photo the person keeps to themselves never reaches a member, nor its bytes', async () => {
    const m = await addMember(h, owner.planId, 'supporter', ['seeMedia']);
    const shown = Buffer.concat([JPEG, Buffer.from('my photo of home')]);
    const kept = Buffer.concat([JPEG, Buffer.from('my photo of my room')]);
    for (const b of [shown, kept])
      expect((await putMedia(h, owner, owner.planId, b)).statusCode).toBe(201);
    const home = `pictureChoice:${owner.planId}:home`;
    const room = `pictureChoice:${owner.planId}:bedroom`;
    const choose = (id: string, symbol: string, photo: Buffer, onlyMe: boolean) =>
      pushAs(h, owner, [
        mutation(
          owner.planId,
          id,
          { symbol: [symbol, 0], photo: [sha(photo), 0], onlyMe: [onlyMe, 0] },
          { type: 'pictureChoice' },
        ),
      ]);
    await choose(home, 'home', shown, false);
    await choose(room, 'bedroom', kept, true);
    const first = await pullAs(h, m, { [owner.planId]: { checkpoint: 0 } });
    const page = first.pages.find((p) => p.planId === owner.planId)!;
    expect(page.records.map((r) => r.id)).toContain(home);
    expect(JSON.stringify(first)).not.toContain(room);
    expect(JSON.stringify(first)).not.toContain(sha(kept));
    expect(page.media.map((x) => x.sha256)).toContain(sha(shown));
    expect((await getMedia(h, m, sha(shown))).statusCode).toBe(200);
    const refused = await getMedia(h, m, sha(kept));
    expect(refused.statusCode).toBe(404);
    expect(refused.rawPayload.includes(kept)).toBe(false);
    // Made private later: taken off the member's device, and its bytes refused from then on.
    const [r] = await pushAs(h, owner, [
      mutation(owner.planId, home, { onlyMe: [true, 0] }, { type: 'pictureChoice' }),
    ]);
    expect(r!.status).toBe('applied');
    const next = await pullAs(h, m, { [owner.planId]: { checkpoint: page.checkpoint } });
    const gone = next.pages.find((p) => p.planId === owner.planId)!.records;
    expect(gone.find((x) => x.id === home)).toMatchObject({ hidden: true, data: {} });
    expect((await getMedia(h, m, sha(shown))).statusCode).toBe(404);
    // The person still has both.
    const mine = await pullAll(h, owner, owner.planId);
    expect(mine.get(room)?.data).toMatchObject({ photo: sha(kept), onlyMe: true });
  });

  describe('the owner’s member API', () => {
    const list = (d: Device, planId = owner.planId) =>
      h.request('GET', `/api/plans/${planId}/members`, undefined, d.cookie);

    it('lists, changes and stops; the change holds from the very next request', async () => {
      const m = await addMember(h, owner.planId, 'family', ['seeWhoIsComing']);
      const listed = (await list(owner)).json().members as { userId: string }[];
      expect(listed.find((x) => x.userId === m.account.userId)).toMatchObject({
        role: 'family',
        permissions: ['seeWhoIsComing'],
        status: 'active',
      });
      const url = `/api/plans/${owner.planId}/members/${m.account.userId}`;
      const patch = await h.request('PATCH', url, { permissions: ['seeAnswers'] }, owner.cookie);
      expect(patch.statusCode).toBe(200);
      const after = await pullAll(h, m, owner.planId);
      expect([...after.values()].every((r) => MODELS[r.type].area === 'myAnswers')).toBe(true);
      // The pull says the member's live permissions, so their device drops what it may not read.
      const told = await pullAs(h, m, { [owner.planId]: { checkpoint: 0 } });
      expect(told.plans.find((p) => p.id === owner.planId)).toMatchObject({
        role: 'family',
        permissions: ['seeAnswers'],
      });

      expect((await h.post(`${url}/stop`, {}, owner.cookie)).statusCode).toBe(200);
      const pulled = await pullAs(h, m, { [owner.planId]: { checkpoint: 0 } });
      expect(pulled).toMatchObject({ plans: [], revokedPlans: [owner.planId], pages: [] });
      const [r] = await pushAs(h, m, [mutation(owner.planId, uuidv7())]);
      expect(r!.reason).toBe('forbidden');
      const answer = seeded.find((s) => s.type === 'answer' && s.flags === 'public')!;
      expect((await getMedia(h, m, answer.photo!)).statusCode).toBe(404);
      const row = await h.db
        .selectFrom('plan_members')
        .select(['status', 'revoked_by', 'revoked_at'])
        .where('user_id', '=', m.account.userId)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('revoked');
      expect(row.revoked_by).toBe(owner.account.userId);
      expect(row.revoked_at).toBeTruthy();
      const audit = await h.db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('target', '=', m.account.userId)
        .execute();
      expect(audit.map((a) => a.action).sort()).toEqual(['sharing.changed', 'sharing.stopped']);
    });

    it('refuses members, strangers, bad bodies, other origins and unknown members', async () => {
      const m = await addMember(h, owner.planId, 'supporter', [...PERMISSIONS]);
      const url = `/api/plans/${owner.planId}/members/${m.account.userId}`;
      expect((await list(m)).statusCode).toBe(403);
      expect((await h.request('PATCH', url, { role: 'viewer' }, m.cookie)).statusCode).toBe(403);
      expect((await h.post(`${url}/stop`, {}, m.cookie)).statusCode).toBe(403);
      expect((await list(owner, 'not-a-plan')).statusCode).toBe(400);
      for (const body of [{}, { role: 'owner' }, { permissions: ['everything'] }, { x: 1 }])
        expect((await h.request('PATCH', url, body, owner.cookie)).statusCode).toBe(400);
      const big = { permissions: Array.from({ length: 5000 }, () => 'seeAnswers') };
      expect([400, 413]).toContain((await h.request('PATCH', url, big, owner.cookie)).statusCode);
      const ownUrl = `/api/plans/${owner.planId}/members/${owner.account.userId}`;
      expect((await h.post(`${ownUrl}/stop`, {}, owner.cookie)).statusCode).toBe(404);
      expect((await h.request('GET', `/api/plans/${owner.planId}/members`)).statusCode).toBe(401);
      const foreign = await h.app.inject({
        method: 'POST',
        url: `${url}/stop`,
        headers: { host: 'localhost', origin: 'https://evil.example', cookie: owner.cookie },
      });
      expect(foreign.statusCode).toBe(403);
      // Still a member: none of the refused requests changed anything.
      expect((await list(owner)).json().members).toContainEqual(
        expect.objectContaining({ userId: m.account.userId, status: 'active' }),
      );
    });
  });
});

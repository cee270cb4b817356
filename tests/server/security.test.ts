// Every route, with the requests an attacker or a broken client might send: malformed,
// oversized, unknown fields, prototype pollution, wrong types, no session, another origin.
// Each must get a 4xx, write nothing, and leak nothing (no stack, no SQL, nobody else's data).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/shared/ids';
import {
  DATABASES,
  ORIGIN,
  startHarness,
  tableCounts,
  type Device,
  type Harness,
} from './support/harness';
import { mutation, pushAs } from './support/mutations';

const SECRET = 'SECRET-ANSWER-7731';
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface JsonRoute {
  url: string;
  /** A body the route accepts (given a signed-in device). */
  valid: () => Record<string, unknown>;
  needsSession: boolean;
  /** A value of the wrong type for one field of the valid body. */
  wrongType: Record<string, unknown>;
}

describe.each(DATABASES)('security on %s', (kind) => {
  let h: Harness;
  let owner: Device & { planId: string };
  let other: Device & { planId: string };
  let challengeId: string;

  beforeAll(async () => {
    h = await startHarness(kind);
    owner = await h.owner('owner@example.org');
    other = await h.owner('someone-else@example.org');
    await pushAs(h, owner, [
      mutation(owner.planId, 'a1', { words: [SECRET, 0] }, { op: 'create' }),
    ]);
    challengeId = (await h.post('/api/auth/email/start', { email: 'owner@example.org' })).json()
      .challengeId;
  });
  afterAll(() => h.close());

  const routes = (): JsonRoute[] => [
    {
      url: '/api/auth/email/start',
      valid: () => ({ email: 'new@example.org' }),
      needsSession: false,
      wrongType: { email: 42 },
    },
    {
      url: '/api/auth/email/verify',
      valid: () => ({ challengeId, code: '000000' }),
      needsSession: false,
      wrongType: { code: 123456 },
    },
    {
      url: '/api/auth/passkey/login/options',
      valid: () => ({}),
      needsSession: false,
      wrongType: { x: 1 },
    },
    {
      url: '/api/auth/passkey/login/verify',
      valid: () => ({
        challengeId: uuidv7(),
        response: {
          id: 'abc',
          rawId: 'abc',
          type: 'public-key',
          clientExtensionResults: {},
          response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' },
        },
      }),
      needsSession: false,
      wrongType: { response: 'nope' },
    },
    {
      url: '/api/auth/passkey/register/options',
      valid: () => ({}),
      needsSession: true,
      wrongType: { a: [] },
    },
    {
      url: '/api/auth/passkey/register/verify',
      valid: () => ({
        challengeId: uuidv7(),
        response: {
          id: 'abc',
          rawId: 'abc',
          type: 'public-key',
          clientExtensionResults: {},
          response: { clientDataJSON: 'e30', attestationObject: 'AA' },
        },
      }),
      needsSession: true,
      wrongType: { challengeId: 7 },
    },
    {
      url: '/api/sync/claim',
      valid: () => ({ clientId: owner.clientId, planId: uuidv7() }),
      needsSession: true,
      wrongType: { planId: 'x' },
    },
    {
      url: '/api/sync/push',
      valid: () => ({
        clientId: owner.clientId,
        mutations: [mutation(owner.planId, 'a1', { words: ['changed', 1] })],
      }),
      needsSession: true,
      wrongType: { mutations: {} },
    },
    {
      url: '/api/sync/pull',
      valid: () => ({ clientId: owner.clientId, plans: { [owner.planId]: { checkpoint: 0 } } }),
      needsSession: true,
      wrongType: { plans: [] },
    },
  ];

  async function expectRefused(
    send: () => Promise<{ statusCode: number; body: string }>,
    status: number | RegExp,
  ) {
    const before = await tableCounts(h.store);
    const res = await send();
    if (typeof status === 'number') expect(res.statusCode, res.body).toBe(status);
    else expect(String(res.statusCode), res.body).toMatch(status);
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(await tableCounts(h.store), 'nothing written').toEqual(before);
    for (const leak of [
      SECRET,
      'someone-else@',
      'SELECT',
      'INSERT',
      'stack',
      'node_modules',
      ' at ',
    ])
      expect(res.body).not.toContain(leak);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (res.body)
      expect(JSON.parse(res.body)).toEqual({
        error: expect.any(String),
        message: expect.any(String),
      });
    return res;
  }

  function raw(url: string, payload: string | Buffer, headers: Record<string, string> = {}) {
    return h.app.inject({
      method: 'POST',
      url,
      payload,
      headers: {
        host: 'localhost',
        origin: ORIGIN,
        'content-type': 'application/json',
        cookie: owner.cookie,
        ...headers,
      },
    });
  }

  for (const route of routes().map((r) => r.url)) {
    describe(route, () => {
      const r = () => routes().find((x) => x.url === route)!;

      it('refuses malformed JSON', () => expectRefused(() => raw(route, '{"email": '), 400));

      it('refuses a body over 256 KiB', () =>
        expectRefused(
          () => raw(route, JSON.stringify({ ...r().valid(), pad: 'x'.repeat(300 * 1024) })),
          413,
        ));

      it('refuses an unknown field', () =>
        expectRefused(() => raw(route, JSON.stringify({ ...r().valid(), isAdmin: true })), 400));

      it('refuses a value of the wrong type', () =>
        expectRefused(() => raw(route, JSON.stringify({ ...r().valid(), ...r().wrongType })), 400));

      it('refuses prototype pollution', async () => {
        const body = JSON.stringify(r().valid());
        await expectRefused(
          () => raw(route, `{"__proto__":{"polluted":true},${body.slice(1)}`),
          400,
        );
        await expectRefused(
          () => raw(route, `{"constructor":{"prototype":{"polluted":true}},${body.slice(1)}`),
          400,
        );
      });

      it('refuses another origin, and a missing one', async () => {
        await expectRefused(
          () => raw(route, JSON.stringify(r().valid()), { origin: 'https://evil.example' }),
          403,
        );
        await expectRefused(
          () =>
            h.app.inject({
              method: 'POST',
              url: route,
              payload: JSON.stringify(r().valid()),
              headers: {
                host: 'localhost',
                'content-type': 'application/json',
                cookie: owner.cookie,
              },
            }),
          403,
        );
      });

      it('refuses a body that is not JSON', () =>
        expectRefused(
          () => raw(route, 'email=a@b.c', { 'content-type': 'application/x-www-form-urlencoded' }),
          415,
        ));

      if (r().needsSession) {
        it('refuses a request with no session, or a made-up one', async () => {
          await expectRefused(() => raw(route, JSON.stringify(r().valid()), { cookie: '' }), 401);
          await expectRefused(
            () => raw(route, JSON.stringify(r().valid()), { cookie: `sid=${'A'.repeat(43)}` }),
            401,
          );
        });
      }
    });
  }

  it('refuses a push with too many mutations, or an answer that is too long', async () => {
    const many = Array.from({ length: 101 }, () => mutation(owner.planId, 'a1', { w: ['x', 0] }));
    await expectRefused(
      () => raw('/api/sync/push', JSON.stringify({ clientId: owner.clientId, mutations: many })),
      400,
    );
    const long = mutation(owner.planId, 'a1', { words: ['x'.repeat(20_001), 1] });
    await expectRefused(
      () => raw('/api/sync/push', JSON.stringify({ clientId: owner.clientId, mutations: [long] })),
      400,
    );
    const badName = mutation(owner.planId, 'a1', { constructor: ['x', 1] as [string, number] });
    await expectRefused(
      () =>
        raw('/api/sync/push', JSON.stringify({ clientId: owner.clientId, mutations: [badName] })),
      400,
    );
  });

  it('stores hostile text exactly as typed', async () => {
    const text = `'); DROP TABLE records;-- <img src=x onerror=alert(1)>`;
    const [r] = await pushAs(h, owner, [
      mutation(owner.planId, 'h1', { words: [text, 0] }, { op: 'create' }),
    ]);
    expect(r!.fields!.words!.value).toBe(text);
  });

  describe('GET /api/auth/session and POST /api/auth/logout', () => {
    it('answer 401 without a session and never say whose session it was', async () => {
      await expectRefused(() => h.request('GET', '/api/auth/session', undefined, ''), 401);
    });

    it('end the session on the server: the old cookie no longer works', async () => {
      const d = await h.signIn('logout@example.org');
      expect((await h.request('GET', '/api/auth/session', undefined, d.cookie)).statusCode).toBe(
        200,
      );
      const out = await h.post('/api/auth/logout', {}, d.cookie);
      expect(out.statusCode).toBe(204);
      expect(out.headers['clear-site-data']).toBe('"cookies"');
      expect(String(out.headers['set-cookie'])).toMatch(/sid=;/);
      await expectRefused(() => h.request('GET', '/api/auth/session', undefined, d.cookie), 401);
    });
  });

  describe('PUT /api/media/:sha256', () => {
    const put = (bytes: Buffer, headers: Record<string, string> = {}, hash = sha(bytes)) =>
      h.app.inject({
        method: 'PUT',
        url: `/api/media/${hash}`,
        payload: bytes,
        headers: {
          host: 'localhost',
          origin: ORIGIN,
          'content-type': 'image/jpeg',
          'x-plan-id': owner.planId,
          cookie: owner.cookie,
          ...headers,
        },
      });

    it('takes a photo once, and a repeat changes nothing', async () => {
      const bytes = Buffer.concat([JPEG, Buffer.from('one')]);
      expect((await put(bytes)).statusCode).toBe(201);
      const before = await tableCounts(h.store);
      expect((await put(bytes)).statusCode).toBe(200);
      expect(await tableCounts(h.store)).toEqual(before);
      const got = await h.request('GET', `/api/media/${sha(bytes)}`, undefined, owner.cookie);
      expect(got.statusCode).toBe(200);
      expect(got.rawPayload.equals(bytes)).toBe(true);
      expect(got.headers['content-type']).toBe('image/jpeg');
    });

    it('refuses bytes that do not match their hash', () =>
      expectRefused(() => put(Buffer.concat([JPEG, Buffer.from('two')]), {}, 'a'.repeat(64)), 400));

    it('refuses a type that is not allowed, and bytes that are not what they say', async () => {
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>');
      await expectRefused(() => put(svg, { 'content-type': 'image/svg+xml' }), 415);
      await expectRefused(() => put(Buffer.from('<html>not a photo</html>')), 415);
    });

    it('refuses more than 25 MB', async () => {
      const big = Buffer.alloc(25 * 1024 * 1024 + 1);
      JPEG.copy(big);
      await expectRefused(() => put(big), 413);
    });

    it('takes a document file (PDF), checks it is one, and refuses one over 20 MB', async () => {
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
      const asPdf = { 'content-type': 'application/pdf' };
      expect((await put(pdf, asPdf)).statusCode).toBe(201);
      const got = await h.request('GET', `/api/media/${sha(pdf)}`, undefined, owner.cookie);
      expect(got.rawPayload.equals(pdf)).toBe(true);
      expect(got.headers['content-type']).toBe('application/pdf');
      // Never shown inline from our origin: a PDF can carry script for the reader.
      expect(got.headers['content-disposition']).toBe('attachment');
      await expectRefused(() => put(Buffer.from('<html>not a pdf</html>'), asPdf), 415);
      await expectRefused(() => put(Buffer.concat([JPEG, Buffer.from('x')]), asPdf), 415);
      const big = Buffer.alloc(20 * 1024 * 1024 + 1);
      pdf.copy(big);
      await expectRefused(() => put(big, asPdf), 413);
      // The same size is still fine for a photo (25 MB): the limit is the file's own.
      const photo = Buffer.alloc(20 * 1024 * 1024 + 1);
      JPEG.copy(photo);
      expect((await put(photo)).statusCode).toBe(201);
    });

    it('refuses no session, another plan, another origin, a bad name', async () => {
      const bytes = Buffer.concat([JPEG, Buffer.from('three')]);
      await expectRefused(() => put(bytes, { cookie: '' }), 401);
      await expectRefused(() => put(bytes, { 'x-plan-id': other.planId }), 403);
      await expectRefused(() => put(bytes, { 'x-plan-id': 'not-a-plan' }), 400);
      await expectRefused(() => put(bytes, { origin: 'https://evil.example' }), 403);
      await expectRefused(() => put(bytes, {}, 'not-a-hash'), 400);
    });

    it('gives media only to members of a plan that holds it', async () => {
      const bytes = Buffer.concat([JPEG, Buffer.from('private')]);
      expect((await put(bytes)).statusCode).toBe(201);
      await expectRefused(
        () => h.request('GET', `/api/media/${sha(bytes)}`, undefined, other.cookie),
        404,
      );
      await expectRefused(() => h.request('GET', `/api/media/${sha(bytes)}`, undefined, ''), 401);
      await expectRefused(() => h.request('GET', '/api/media/nope', undefined, owner.cookie), 400);
    });
  });

  it("treats a deleted plan as nobody's: push, pull, media and the account all refuse it", async () => {
    const gone = await h.owner('deleted-plan@example.org');
    const as = { 'x-plan-id': gone.planId, cookie: gone.cookie };
    const photo = Buffer.concat([JPEG, Buffer.from('in a plan about to be deleted')]);
    const upload = (bytes: Buffer) =>
      h.app.inject({
        method: 'PUT',
        url: `/api/media/${sha(bytes)}`,
        payload: bytes,
        headers: { host: 'localhost', origin: ORIGIN, 'content-type': 'image/jpeg', ...as },
      });
    expect((await upload(photo)).statusCode).toBe(201);
    await h.db
      .updateTable('plans')
      .set({ deleted_at: new Date().toISOString() })
      .where('id', '=', gone.planId)
      .execute();

    await expectRefused(
      () => h.request('GET', `/api/media/${sha(photo)}`, undefined, gone.cookie),
      404,
    );
    await expectRefused(() => upload(Buffer.concat([JPEG, Buffer.from('after')])), 403);
    const [pushed] = await pushAs(h, gone, [
      mutation(gone.planId, 'x', { words: ['hello', 0] }, { op: 'create' }),
    ]);
    expect(pushed).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    const pulled = await h.post(
      '/api/sync/pull',
      { clientId: gone.clientId, plans: { [gone.planId]: { checkpoint: 0 } } },
      gone.cookie,
    );
    expect(pulled.json()).toMatchObject({ plans: [], revokedPlans: [gone.planId], pages: [] });
    const session = await h.request('GET', '/api/auth/session', undefined, gone.cookie);
    expect(session.json()).toMatchObject({ plans: [] });
  });

  it('reports the database in /api/health', async () => {
    const res = await h.request('GET', '/api/health');
    expect(res.json()).toMatchObject({ status: 'ok', database: kind });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

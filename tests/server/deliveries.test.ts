// Sending the feedback and the review pack to a professional, through a real SMTP server (the
// smtp-server library on a local port): "sent" only when that server took the message, the link
// in the email opens exactly the item for exactly that address, the opening is in the audit, and
// the professional can pull, push and fetch nothing else of the plan. On SQLite and PostgreSQL.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, type MailMessage } from '../../src/server/auth/mailer';
import type { Delivery, DeliveryList, DeliveryView } from '../../src/shared/deliveries';
import { uuidv7 } from '../../src/shared/ids';
import type { AuditResponse, Role } from '../../src/shared/protocol';
import type { RecordType } from '../../src/shared/records';
import type { Permission } from '../../src/shared/sharing';
import { SmtpCatcher } from '../support/smtpCatcher';
import {
  DATABASES,
  ORIGIN,
  startHarness,
  TestMailer,
  type Device,
  type Harness,
} from './support/harness';
import { addMember as addMemberTo, JPEG, putMedia as putMediaAs, sha } from './support/members';
import { mutation, pullAll, pushAs } from './support/mutations';

const PANEL_PHOTO = Buffer.concat([JPEG, Buffer.from('panel')]);
const PRIVATE_PHOTO = Buffer.concat([JPEG, Buffer.from('not for the panel')]);

/** Sign-in codes stay with the test mailer; everything else goes over real SMTP to the catcher. */
class SmtpMailer extends TestMailer {
  constructor(private readonly smtp: SmtpCatcher) {
    super();
  }
  sendMessage(to: string, message: MailMessage) {
    return createMailer({ smtpUrl: this.smtp.url }, pino({ level: 'silent' })).sendMessage!(
      to,
      message,
    );
  }
}

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe.each(DATABASES)('sending to a professional on %s', (kind) => {
  let h: Harness;
  let smtp: SmtpCatcher;
  let owner: Device & { planId: string };

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    h = await startHarness(kind, { mailer: new SmtpMailer(smtp) });
    owner = await h.owner('sam@example.org');
    await seedPlan(owner);
  });
  afterAll(async () => {
    await h.close();
    await smtp.stop();
  });

  const rec = (
    planId: string,
    type: RecordType,
    id: string,
    fields: Record<string, string | number | boolean>,
  ) =>
    mutation(planId, id, Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, [v, 0]])), {
      type,
    });

  const putMedia = (d: Device, planId: string, bytes: Buffer, mime = 'image/jpeg') =>
    putMediaAs(h, d, planId, bytes, mime);

  /** A plan with something of every kind: what the item holds, and what it must never show. */
  async function seedPlan(d: Device & { planId: string }) {
    const p = d.planId;
    expect((await putMedia(d, p, PANEL_PHOTO)).statusCode).toBe(201);
    expect((await putMedia(d, p, PRIVATE_PHOTO)).statusCode).toBe(201);
    const results = await pushAs(h, d, [
      rec(p, 'profile', `profile:${p}`, { name: 'Sam' }),
      rec(p, 'review', `review:${p}`, { date: yesterday(), commissionerName: 'Jo Smith' }),
      rec(p, 'participation', `participation:${p}`, { 'ways.talk': true }),
      rec(p, 'question', uuidv7(), { text: 'When can I go home?' }),
      rec(p, 'question', uuidv7(), { text: 'A private question', onlyMe: true }),
      rec(p, 'answer', `answer:${p}:safe`, {
        words: 'I feel safe here',
        forPanel: true,
        photo: sha(PANEL_PHOTO),
      }),
      rec(p, 'answer', `answer:${p}:home`, {
        words: 'Not for the panel',
        photo: sha(PRIVATE_PHOTO),
      }),
      rec(p, 'answer', `answer:${p}:hopes`, {
        words: 'Private even from the panel',
        forPanel: true,
        onlyMe: true,
      }),
      rec(p, 'attendee', uuidv7(), { name: 'Mum', kind: 'family' }),
      rec(p, 'feedback', `feedback:${p}`, { 'listened.words': 'Draft words' }),
      rec(p, 'feedbackVersion', uuidv7(), {
        'listened.words': 'They listened',
        version: 1,
        finishedAt: new Date().toISOString(),
      }),
    ]);
    expect(results.every((r) => r.status === 'applied')).toBe(true);
  }

  const addMember = (planId: string, role: Role, perms: Permission[]) =>
    addMemberTo(h, planId, role, perms);

  const JO = { name: 'Jo Smith', role: 'commissioner', email: 'Jo.Smith@example.org' } as const;
  const send = (cookie: string | undefined, body: unknown, planId = owner.planId) =>
    h.post(`/api/plans/${planId}/deliveries`, body, cookie);
  const list = (cookie?: string, planId = owner.planId) =>
    h.request('GET', `/api/plans/${planId}/deliveries`, undefined, cookie);
  const open = (id: string, cookie?: string) =>
    h.request('GET', `/api/deliveries/${id}`, undefined, cookie);

  it('emails the commissioner a link, and says sent only once the email server took it', async () => {
    const before = smtp.to(JO.email).length;
    const res = await send(owner.cookie, { item: 'feedback', to: JO });
    expect(res.statusCode).toBe(201);
    const sent = res.json() as Delivery;
    expect(sent).toMatchObject({ toName: 'Jo Smith', toRole: 'commissioner', sentVersion: 1 });
    expect(sent.toEmail).toBe('jo.smith@example.org');
    expect(sent.openedAt).toBeNull();

    const mails = smtp.to(JO.email);
    expect(mails).toHaveLength(before + 1);
    const mail = mails.at(-1)!;
    expect(mail.subject).toBe('Sam sent you their feedback');
    expect(smtp.linkFor(JO.email)).toBe(`${ORIGIN}/shared/${sent.id}`);
    // The email carries the link, never what the person wrote.
    expect(mail.text).not.toContain('They listened');

    // Thirty days after the review.
    const expected = Date.parse(yesterday()) + 31 * 86_400_000;
    expect(Date.parse(sent.expiresAt)).toBe(expected);

    const l = (await list(owner.cookie)).json() as DeliveryList;
    expect(l.emailServer).toBe(true);
    expect(l.deliveries.map((d) => d.id)).toContain(sent.id);
  });

  it('opens exactly the item for exactly that address, records the opening, and shows new versions', async () => {
    const sent = (await send(owner.cookie, { item: 'feedback', to: JO })).json() as Delivery;
    expect((await open(sent.id)).statusCode).toBe(401);
    const other = await h.signIn('someone.else@example.org');
    expect((await open(sent.id, other.cookie)).statusCode).toBe(404);
    expect((await open(uuidv7(), other.cookie)).statusCode).toBe(404);

    const jo = await h.signIn('jo.smith@example.org');
    const res = await open(sent.id, jo.cookie);
    expect(res.statusCode).toBe(200);
    const view = res.json() as DeliveryView;
    expect(view).toMatchObject({ item: 'feedback', personName: 'Sam', reviewDate: yesterday() });
    expect(view.records).toHaveLength(1);
    expect(view.records[0]!.type).toBe('feedbackVersion');
    expect(view.records[0]!.data['listened.words']).toBe('They listened');
    expect(JSON.stringify(view)).not.toContain('Draft words');

    const l = (await list(owner.cookie)).json() as DeliveryList;
    expect(l.deliveries.find((d) => d.id === sent.id)?.openedAt).toEqual(expect.any(String));
    const audit = (
      await h.request('GET', `/api/plans/${owner.planId}/audit`, undefined, owner.cookie)
    ).json() as AuditResponse;
    const about = audit.entries.filter((e) => e.delivery?.toName === 'Jo Smith');
    expect(about.map((e) => e.kind).sort()).toEqual(expect.arrayContaining(['opened', 'sent']));
    expect(about.find((e) => e.kind === 'sent')?.who.role).toBe('owner');

    // The person changes the feedback and finishes version 2: Jo sees version 2.
    await pushAs(h, owner, [
      rec(owner.planId, 'feedbackVersion', uuidv7(), {
        'listened.words': 'They listened, mostly',
        version: 2,
        finishedAt: new Date().toISOString(),
      }),
    ]);
    const again = (await open(sent.id, jo.cookie)).json() as DeliveryView;
    expect(again.records[0]!.data).toMatchObject({ version: 2 });
    expect(again.sentVersion).toBe(1);
  });

  it('the review pack: about me and only the answers for the panel, never "Only me"', async () => {
    const kim = { name: 'Kim Lee', role: 'careCoordinator', email: 'kim@example.org' } as const;
    const sent = (await send(owner.cookie, { item: 'pack', to: kim })).json() as Delivery;
    expect(smtp.to(kim.email).at(-1)!.subject).toBe('Sam sent you their review pack');
    const k = await h.signIn(kim.email);
    const view = (await open(sent.id, k.cookie)).json() as DeliveryView;
    const text = JSON.stringify(view);
    expect(text).toContain('I feel safe here');
    expect(text).toContain('When can I go home?');
    expect(view.records.some((r) => r.type === 'participation')).toBe(true);
    for (const hidden of [
      'Not for the panel',
      'Private even from the panel',
      'A private question',
      'Mum',
      'They listened',
      'Draft words',
      'forPanel',
      'onlyMe',
    ])
      expect(text).not.toContain(hidden);
    expect(view.records.map((r) => r.type).sort()).toEqual(
      ['answer', 'participation', 'question'].sort(),
    );

    // The photo of the panel answer, through the delivery only; nothing else, by no other road.
    const media = (s: string) =>
      h.request('GET', `/api/deliveries/${sent.id}/media/${s}`, undefined, k.cookie);
    const got = await media(sha(PANEL_PHOTO));
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(PANEL_PHOTO)).toBe(true);
    expect((await media(sha(PRIVATE_PHOTO))).statusCode).toBe(404);
    expect((await media('0'.repeat(64))).statusCode).toBe(404);
    expect(
      (await h.request('GET', `/api/media/${sha(PANEL_PHOTO)}`, undefined, k.cookie)).statusCode,
    ).toBe(404);
  });

  it('recordings: played through the delivery, only those its item refers to', async () => {
    const p = owner.planId;
    const webm = (label: string) =>
      Buffer.concat([
        Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81]),
        Buffer.from(label),
      ]);
    const voice = {
      panel: webm('panel answer voice'),
      question: webm('question voice'),
      notPanel: webm('answer not for the panel'),
      onlyMe: webm('private question voice'),
      feedback: webm('feedback voice'),
    };
    for (const b of Object.values(voice))
      expect((await putMedia(owner, p, b, 'audio/webm')).statusCode).toBe(201);
    const results = await pushAs(h, owner, [
      rec(p, 'answer', `answer:${p}:day`, {
        words: 'My day',
        forPanel: true,
        voice: sha(voice.panel),
      }),
      rec(p, 'question', uuidv7(), { voice: sha(voice.question) }),
      rec(p, 'answer', `answer:${p}:staff`, { words: 'Staff', voice: sha(voice.notPanel) }),
      rec(p, 'question', uuidv7(), { voice: sha(voice.onlyMe), onlyMe: true }),
      rec(p, 'feedbackVersion', uuidv7(), {
        'listened.words': 'Said out loud too',
        'listened.voice': sha(voice.feedback),
        version: 50,
        finishedAt: new Date().toISOString(),
      }),
    ]);
    expect(results.every((r) => r.status === 'applied')).toBe(true);

    const kim = { name: 'Kim Lee', role: 'careCoordinator', email: 'kim@example.org' } as const;
    const pack = (await send(owner.cookie, { item: 'pack', to: kim })).json() as Delivery;
    const feedback = (await send(owner.cookie, { item: 'feedback', to: kim })).json() as Delivery;
    const k = await h.signIn(kim.email);
    const get = (delivery: Delivery, bytes: Buffer, cookie = k.cookie) =>
      h.request('GET', `/api/deliveries/${delivery.id}/media/${sha(bytes)}`, undefined, cookie);

    // Allowed: what each item refers to, as the recording it is.
    for (const [delivery, bytes] of [
      [pack, voice.panel],
      [pack, voice.question],
      [feedback, voice.feedback],
    ] as const) {
      const res = await get(delivery, bytes);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('audio/webm');
      expect(res.rawPayload.equals(bytes)).toBe(true);
    }
    // Refused, with the same answer as "nothing here": another item's, not for the panel,
    // "Only me", another address, signed out, and by the members' road.
    for (const [delivery, bytes, cookie] of [
      [pack, voice.feedback, k.cookie],
      [pack, voice.notPanel, k.cookie],
      [pack, voice.onlyMe, k.cookie],
      [feedback, voice.panel, k.cookie],
      [feedback, voice.question, k.cookie],
      [pack, voice.panel, (await h.signIn('not.kim@example.org')).cookie],
    ] as const) {
      const res = await get(delivery, bytes, cookie);
      expect(res.statusCode).toBe(404);
      expect(res.rawPayload.includes(bytes)).toBe(false);
    }
    const signedOut = `/api/deliveries/${pack.id}/media/${sha(voice.panel)}`;
    expect((await h.request('GET', signedOut)).statusCode).toBe(401);
    for (const bytes of Object.values(voice))
      expect(
        (await h.request('GET', `/api/media/${sha(bytes)}`, undefined, k.cookie)).statusCode,
      ).toBe(404);
  });

  it('the professional can pull, push and list nothing of the plan', async () => {
    const sent = (await send(owner.cookie, { item: 'pack', to: JO })).json() as Delivery;
    const jo = await h.signIn('jo.smith@example.org');
    expect((await open(sent.id, jo.cookie)).statusCode).toBe(200);
    expect((await pullAll(h, jo, owner.planId)).size).toBe(0);
    const pushed = await pushAs(h, jo, [
      rec(owner.planId, 'answer', `answer:${owner.planId}:safe`, { words: 'changed by Jo' }),
    ]);
    expect(pushed[0]!.status).not.toBe('applied');
    const still = await pullAll(h, owner, owner.planId);
    expect(still.get(`answer:${owner.planId}:safe`)?.data.words).toBe('I feel safe here');
    expect((await list(jo.cookie)).statusCode).toBe(403);
    expect((await send(jo.cookie, { item: 'pack', to: JO })).statusCode).toBe(403);
    expect(
      (await h.request('GET', `/api/plans/${owner.planId}/audit`, undefined, jo.cookie)).statusCode,
    ).toBe(403);
    // The account lists no plan of Sam's for Jo.
    const session = await h.request('GET', '/api/auth/session', undefined, jo.cookie);
    expect(session.body).not.toContain(owner.planId);
  });

  it('every role: the person and a helper with "help with my feedback" may send; nobody else', async () => {
    const cases: [string, () => Promise<string | undefined>, number][] = [
      ['owner', async () => owner.cookie, 201],
      [
        'supporter with help with my feedback',
        async () => (await addMember(owner.planId, 'supporter', ['helpFeedback'])).cookie,
        201,
      ],
      [
        'supporter without it',
        async () =>
          (await addMember(owner.planId, 'supporter', ['seeAnswers', 'writeAnswers'])).cookie,
        403,
      ],
      [
        'family',
        async () =>
          (await addMember(owner.planId, 'family', ['seeWhoIsComing', 'helpActionsDiary'])).cookie,
        403,
      ],
      [
        'viewer, even given the permission',
        async () => (await addMember(owner.planId, 'viewer', ['helpFeedback'])).cookie,
        403,
      ],
      ['stranger', async () => (await h.signIn(`s-${uuidv7()}@example.org`)).cookie, 403],
      ['signed out', async () => undefined, 401],
    ];
    for (const [who, cookieOf, status] of cases) {
      const cookie = await cookieOf();
      const before = smtp.mails.length;
      const res = await send(cookie, { item: 'feedback', to: JO });
      expect(res.statusCode, who).toBe(status);
      expect(smtp.mails.length, who).toBe(before + (status === 201 ? 1 : 0));
      expect((await list(cookie)).statusCode, who).toBe(status === 201 ? 200 : status);
    }
  });

  it('refuses malformed and oversized requests, writing nothing', async () => {
    const count = async () =>
      Number(
        (
          await h.db
            .selectFrom('deliveries')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const bad: unknown[] = [
      {},
      { item: 'feedback' },
      { item: 'everything', to: JO },
      { item: 'feedback', to: { ...JO, email: 'not an email' } },
      { item: 'feedback', to: { ...JO, role: 'chair' } },
      { item: 'feedback', to: { ...JO, name: '' } },
      { item: 'feedback', to: { ...JO, name: 'x'.repeat(101) } },
      { item: 'feedback', to: JO, extra: true },
      { item: 'feedback', to: { ...JO, cc: 'x@example.org' } },
    ];
    for (const body of bad) expect((await send(owner.cookie, body)).statusCode).toBe(400);
    expect((await send(owner.cookie, { item: 'feedback', to: JO }, 'not-a-plan')).statusCode).toBe(
      400,
    );
    const big = { item: 'feedback', to: { ...JO, name: 'x'.repeat(5000) } };
    expect((await send(owner.cookie, big)).statusCode).toBe(413);
    expect((await open('not-an-id', owner.cookie)).statusCode).toBe(400);
    expect(
      (
        await h.request(
          'GET',
          `/api/deliveries/${uuidv7()}/media/not-a-hash`,
          undefined,
          owner.cookie,
        )
      ).statusCode,
    ).toBe(400);
    // Another origin cannot make someone send.
    const cross = await h.app.inject({
      method: 'POST',
      url: `/api/plans/${owner.planId}/deliveries`,
      payload: JSON.stringify({ item: 'feedback', to: JO }),
      headers: {
        host: 'localhost',
        origin: 'https://evil.example',
        'content-type': 'application/json',
        cookie: owner.cookie,
      },
    });
    expect(cross.statusCode).toBe(403);
    expect(await count()).toBe(before);
  });

  it('a link stops working after its date, and when the plan is deleted', async () => {
    const sent = (await send(owner.cookie, { item: 'feedback', to: JO })).json() as Delivery;
    const jo = await h.signIn('jo.smith@example.org');
    expect((await open(sent.id, jo.cookie)).statusCode).toBe(200);
    await h.db
      .updateTable('deliveries')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', sent.id)
      .execute();
    expect((await open(sent.id, jo.cookie)).statusCode).toBe(404);

    const other = await h.owner('deleted-owner@example.org');
    await pushAs(h, other, [
      rec(other.planId, 'feedbackVersion', uuidv7(), { 'listened.words': 'x', version: 1 }),
    ]);
    const s2 = (await send(other.cookie, { item: 'feedback', to: JO }, other.planId)).json();
    expect((await open((s2 as Delivery).id, jo.cookie)).statusCode).toBe(200);
    await h.db
      .updateTable('plans')
      .set({ deleted_at: new Date().toISOString() })
      .where('id', '=', other.planId)
      .execute();
    expect((await open((s2 as Delivery).id, jo.cookie)).statusCode).toBe(404);
  });

  it('nothing finished yet, or an email server that says no: nothing is sent, nothing opens', async () => {
    const fresh = await h.owner('fresh@example.org');
    const none = await send(fresh.cookie, { item: 'feedback', to: JO }, fresh.planId);
    expect(none.statusCode).toBe(409);
    expect(none.json().error).toBe('nothing_to_send');

    smtp.refuse = true;
    try {
      const refused = await send(owner.cookie, { item: 'feedback', to: JO });
      expect(refused.statusCode).toBe(424);
      expect(refused.json().error).toBe('email_failed');
    } finally {
      smtp.refuse = false;
    }
    const failed = await h.db
      .selectFrom('deliveries')
      .select('id')
      .where('failed_at', 'is not', null)
      .executeTakeFirstOrThrow();
    const l = (await list(owner.cookie)).json() as DeliveryList;
    expect(l.deliveries.map((d) => d.id)).not.toContain(failed.id);
    const jo = await h.signIn('jo.smith@example.org');
    expect((await open(failed.id, jo.cookie)).statusCode).toBe(404);
  });
});

describe.each(DATABASES)('with no email server on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(() => h.close());

  it('says so, and makes nothing that could open', async () => {
    const owner = await h.owner('sam@example.org');
    await pushAs(h, owner, [
      mutation(
        owner.planId,
        uuidv7(),
        { 'listened.words': ['x', 0], version: [1, 0] },
        { type: 'feedbackVersion' },
      ),
    ]);
    const res = await h.post(
      `/api/plans/${owner.planId}/deliveries`,
      { item: 'feedback', to: { name: 'Jo', role: 'commissioner', email: 'jo@example.org' } },
      owner.cookie,
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe('no_email_server');
    const rows = await h.db.selectFrom('deliveries').selectAll().execute();
    expect(rows).toEqual([]);
    const l = (
      await h.request('GET', `/api/plans/${owner.planId}/deliveries`, undefined, owner.cookie)
    ).json() as DeliveryList;
    expect(l).toEqual({ emailServer: false, deliveries: [] });
  });
});

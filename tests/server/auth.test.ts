// Sign-in: the email code (6 digits, 10 minutes, single use, a few tries, rate-limited), the
// session cookie's flags, passkey challenges, and what the log says when no email server is set.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, maskEmail } from '../../src/server/auth/mailer';
import { signInEmails } from '../../src/server/auth/signInEmail';
import { SmtpCatcher } from '../support/smtpCatcher';
import { uuidv7 } from '../../src/shared/ids';
import { DATABASES, startHarness, tableCounts, type Harness } from './support/harness';

describe.each(DATABASES)('sign-in on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(() => h.close());

  async function start(email: string) {
    const res = await h.post('/api/auth/email/start', { email });
    expect(res.statusCode).toBe(200);
    const to = email.trim().toLowerCase();
    return { challengeId: res.json().challengeId as string, code: h.mailer.lastCodeFor(to) };
  }

  it('sends a 6-digit code, and the code signs the person in once only', async () => {
    const { challengeId, code } = await start('Code@Example.org ');
    expect(code).toMatch(/^\d{6}$/);
    expect(h.mailer.sent.at(-1)!.to).toBe('code@example.org');
    const ok = await h.post('/api/auth/email/verify', { challengeId, code });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ email: 'code@example.org', passkeys: 0, plans: [] });
    const again = await h.post('/api/auth/email/verify', { challengeId, code });
    expect(again.json()).toMatchObject({ error: 'code_expired' });
  });

  it('sets an HttpOnly, SameSite=Strict session cookie; Secure outside localhost', async () => {
    const { challengeId, code } = await start('cookie@example.org');
    const res = await h.post('/api/auth/email/verify', { challengeId, code });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^sid=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    // Only a hash of the session id is stored.
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const rows = await h.db.selectFrom('sessions').select('id_hash').execute();
    expect(rows.some((r) => r.id_hash.includes(token))).toBe(false);

    const second = await start('cookie@example.org');
    const remote = await h.app.inject({
      method: 'POST',
      url: '/api/auth/email/verify',
      headers: {
        host: 'myreview.example',
        origin: 'http://myreview.example',
        'content-type': 'application/json',
      },
      payload: JSON.stringify({ ...second }),
    });
    expect(String(remote.headers['set-cookie'])).toMatch(/^__Host-sid=.*Secure/);
  });

  it('refuses a wrong code, and stops the code working after five wrong tries', async () => {
    const { challengeId, code } = await start('tries@example.org');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 4; i++) {
      const res = await h.post('/api/auth/email/verify', {
        challengeId,
        code: wrong,
      });
      expect(res.json()).toMatchObject({ error: 'code_wrong' });
    }
    const fifth = await h.post('/api/auth/email/verify', {
      challengeId,
      code: wrong,
    });
    expect(fifth.json()).toMatchObject({ error: 'code_expired' });
    const right = await h.post('/api/auth/email/verify', { challengeId, code });
    expect(right.json()).toMatchObject({ error: 'code_expired' });
  });

  it('refuses a code after 10 minutes', async () => {
    const { challengeId, code } = await start('old@example.org');
    await h.db
      .updateTable('email_codes')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', challengeId)
      .execute();
    const res = await h.post('/api/auth/email/verify', { challengeId, code });
    expect(res.json()).toMatchObject({ error: 'code_expired' });
    const row = await h.db
      .selectFrom('email_codes')
      .selectAll()
      .where('id', '=', challengeId)
      .executeTakeFirstOrThrow();
    expect(Date.parse(row.expires_at) - Date.parse(row.created_at)).toBeLessThan(0);
  });

  it('makes codes that last exactly 10 minutes and keeps only a hash of them', async () => {
    const { challengeId, code } = await start('ttl@example.org');
    const row = await h.db
      .selectFrom('email_codes')
      .selectAll()
      .where('id', '=', challengeId)
      .executeTakeFirstOrThrow();
    expect(Date.parse(row.expires_at) - Date.parse(row.created_at)).toBe(10 * 60_000);
    expect(row.code_hash).not.toContain(code);
  });

  it('binds a code to the request that asked for it', async () => {
    const first = await start('bound@example.org');
    const second = await start('bound@example.org');
    const res = await h.post('/api/auth/email/verify', {
      challengeId: second.challengeId,
      code: first.code === second.code ? '999999' : first.code,
    });
    expect(res.json().error).toMatch(/code_wrong/);
  });

  it('sends at most five codes to one address in 15 minutes', async () => {
    for (let i = 0; i < 5; i++) await start('many@example.org');
    const before = await tableCounts(h.store);
    const res = await h.post('/api/auth/email/start', { email: 'many@example.org' });
    expect(res.statusCode).toBe(429);
    expect(await tableCounts(h.store)).toEqual(before);
  });

  it('offers a passkey challenge that works once and only for its purpose', async () => {
    const opts = await h.post('/api/auth/passkey/login/options', {});
    expect(opts.statusCode).toBe(200);
    const { challengeId, options } = opts.json();
    expect(options).toMatchObject({ rpId: 'localhost', challenge: expect.any(String) });
    const response = {
      id: 'AAAA',
      rawId: 'AAAA',
      type: 'public-key',
      clientExtensionResults: {},
      response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' },
    };
    const first = await h.post('/api/auth/passkey/login/verify', {
      challengeId,
      response,
    });
    expect(first.statusCode).toBe(400);
    expect(first.json().error).toMatch(/passkey_(unknown|failed)/);
    const replay = await h.post('/api/auth/passkey/login/verify', {
      challengeId,
      response,
    });
    expect(replay.json()).toMatchObject({ error: 'passkey_failed' });
  });

  it('asks for registration options only with a session, naming the account', async () => {
    const d = await h.signIn('passkey@example.org');
    const res = await h.post('/api/auth/passkey/register/options', {}, d.cookie);
    expect(res.json().options).toMatchObject({
      rp: { name: 'My Review', id: 'localhost' },
      user: { name: 'passkey@example.org' },
      authenticatorSelection: { residentKey: 'required' },
    });
  });
});

describe('rate limits', () => {
  it('answer 429 with Retry-After when one IP address tries too often', async () => {
    const h = await startHarness('sqlite', { authLimit: { max: 3, windowMs: 60_000 } });
    try {
      const codes = [];
      const attempt = () =>
        h.post('/api/auth/email/verify', {
          challengeId: uuidv7(),
          code: '123456',
        });
      for (let i = 0; i < 3; i++) codes.push((await attempt()).statusCode);
      expect(codes).toEqual([400, 400, 400]);
      const res = await attempt();
      expect(res.statusCode).toBe(429);
      expect(res.headers['retry-after']).toBeDefined();
      expect(res.json()).toMatchObject({ error: 'too_many' });
    } finally {
      await h.close();
    }
  });
});

describe('with no email server', () => {
  it('writes the code to the log, without the address in full', async () => {
    const lines: string[] = [];
    const log = { warn: (msg: string) => lines.push(msg) } as unknown as Parameters<
      typeof createMailer
    >[1];
    const delivery = await createMailer({}, log).sendSignInCode(
      'sam.smith@example.org',
      '123456',
      signInEmails('locales').message('123456'),
    );
    // The app is told, so it never says "we sent an email" when nothing was emailed.
    expect(delivery).toBe('log');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('123456');
    expect(lines[0]).toContain(maskEmail('sam.smith@example.org'));
    expect(lines[0]).not.toContain('sam.smith');
    expect(lines[0]).not.toContain('example.org');
  });

  it('words the email plainly, with the code and how long it works', () => {
    const { subject, text } = signInEmails('locales').message('654321');
    expect(subject).toBe('Your My Review code: 654321');
    expect(text).toContain('Your code to sign in to My Review is 654321.');
    expect(text).toContain('10 minutes');
  });
});

/**
 * A locales folder offering English, Polish (invented words for the email: the real translation
 * arrives in locales/pl) and Romanian (only a subject), and a Welsh folder languages.json does
 * not list.
 */
function scratchLocales(): string {
  const dir = mkdtempSync(join(tmpdir(), 'locales-email-'));
  writeFileSync(
    join(dir, 'languages.json'),
    JSON.stringify({ languages: [{ code: 'en' }, { code: 'pl' }, { code: 'ro' }] }),
  );
  mkdirSync(join(dir, 'pl'));
  writeFileSync(
    join(dir, 'pl', 'account.json'),
    JSON.stringify({
      signInEmail: {
        subject: 'Twój kod do My Review: {{code}}',
        code: 'Twój kod to {{code}}.',
        paste: 'Wpisz albo wklej kod w My Review.',
        time: 'Kod działa przez 10 minut.',
        notYou: 'Nie prosiłeś o kod? Nic nie musisz robić.',
      },
    }),
  );
  mkdirSync(join(dir, 'ro'));
  writeFileSync(
    join(dir, 'ro', 'account.json'),
    JSON.stringify({ signInEmail: { subject: 'Codul tău: {{code}}' } }),
  );
  mkdirSync(join(dir, 'cy'));
  writeFileSync(
    join(dir, 'cy', 'account.json'),
    JSON.stringify({ signInEmail: { subject: 'Eich cod: {{code}}' } }),
  );
  return dir;
}

describe.each(DATABASES)('the sign-in email in the person’s language, on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind, { localesDir: scratchLocales() });
  });
  afterAll(() => h.close());

  async function emailFor(email: string, language?: unknown) {
    const res = await h.post('/api/auth/email/start', { email, language });
    return { res, sent: h.mailer.sent.filter((s) => s.to === email).at(-1) };
  }

  it('writes the email in the language the app sends, with the code in it', async () => {
    const { res, sent } = await emailFor('ola@example.org', 'pl');
    expect(res.statusCode).toBe(200);
    expect(sent!.message!.subject).toBe(`Twój kod do My Review: ${sent!.code}`);
    expect(sent!.message!.text).toContain(`Twój kod to ${sent!.code}.`);
    expect(sent!.message!.text).toContain('Kod działa przez 10 minut.');
    // and the code it names is the one that signs in
    const ok = await h.post('/api/auth/email/verify', {
      challengeId: res.json().challengeId,
      code: sent!.code,
    });
    expect(ok.statusCode).toBe(200);
  });

  it('writes English when the app sends no language, or one this server does not offer', async () => {
    for (const [email, language] of [
      ['none@example.org', undefined],
      ['french@example.org', 'fr'],
      ['welsh@example.org', 'cy'], // a folder, but not listed in languages.json
    ] as const) {
      const { res, sent } = await emailFor(email, language);
      expect(res.statusCode).toBe(200);
      expect(sent!.message!.subject).toBe(`Your My Review code: ${sent!.code}`);
      expect(sent!.message!.text).toContain('The code works for 10 minutes.');
    }
  });

  it('refuses a language value that is not a language code, and sends nothing', async () => {
    for (const language of ['../../etc/passwd', 'PL', 42, 'x'.repeat(40), '']) {
      const before = h.mailer.sent.length;
      const { res } = await emailFor('bad@example.org', language);
      expect(res.statusCode, String(language)).toBe(400);
      expect(h.mailer.sent.length).toBe(before);
    }
  });
});

describe('the sign-in email over a real email server', () => {
  it('arrives with its subject and words in the person’s language', async () => {
    const smtp = await new SmtpCatcher().start();
    try {
      const log = { warn: () => {} } as unknown as Parameters<typeof createMailer>[1];
      const message = signInEmails(scratchLocales()).message('246810', 'pl');
      const delivery = await createMailer({ smtpUrl: smtp.url }, log).sendSignInCode(
        'ola@example.org',
        '246810',
        message,
      );
      expect(delivery).toBe('email');
      const [mail] = smtp.to('ola@example.org');
      expect(mail!.subject).toBe('Twój kod do My Review: 246810');
      expect(mail!.text).toContain('Nie prosiłeś o kod? Nic nie musisz robić.');
    } finally {
      await smtp.stop();
    }
  });

  it('fills a text a translation lacks from English', () => {
    const { subject, text, language } = signInEmails(scratchLocales()).message('135790', 'ro');
    expect(language).toBe('ro');
    expect(subject).toBe('Codul tău: 135790');
    expect(text).toContain('Your code to sign in to My Review is 135790.');
    expect(text.split('\n\n')).toHaveLength(4);
  });
});

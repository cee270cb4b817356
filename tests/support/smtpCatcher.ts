// A real SMTP server on a free local port (the smtp-server library), for tests of what My Review
// emails: the server's own nodemailer transport sends to it over SMTP, so "the email server
// accepted it" means what it means in production. It keeps every message it received.
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
}

/** A header word in another script, as mail sends it: =?UTF-8?B?…?= or =?UTF-8?Q?…?=. */
function decodeWords(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, how: string, data: string) =>
      how.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

/** The body of a simple text email: quoted-printable soft breaks and =XX bytes decoded. */
function bodyOf(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  let body = raw.slice(split + 4);
  const subject = decodeWords(/^Subject: (.*)$/im.exec(head)?.[1]?.trim() ?? '');
  if (/^Content-Transfer-Encoding: quoted-printable/im.test(head)) {
    const bytes = Buffer.from(
      body
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    );
    body = bytes.toString('utf8');
  }
  return { subject, text: body.replace(/\r\n/g, '\n').trim() };
}

export class SmtpCatcher {
  readonly mails: CaughtMail[] = [];
  /** When set, the next messages are refused (an email server that says no). */
  refuse = false;
  private server: SMTPServer;
  private port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (this.refuse) {
            callback(new Error('Mailbox unavailable'));
            return;
          }
          const { subject, text } = bodyOf(Buffer.concat(chunks).toString('latin1'));
          this.mails.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject,
            text,
          });
          callback();
        });
      },
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    const address = this.server.server.address();
    if (address && typeof address === 'object') this.port = address.port;
    return this;
  }

  /** For SMTP_URL: plain SMTP on localhost (no TLS, no login). */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}?ignoreTLS=true`;
  }

  /** Every message to this address, oldest first. */
  to(email: string): CaughtMail[] {
    return this.mails.filter((m) => m.to.includes(email.toLowerCase()));
  }

  /** The newest 6-digit sign-in code sent to this address. */
  codeFor(email: string): string {
    const mail = this.to(email)
      .reverse()
      .find((m) => /code/i.test(m.subject));
    const code = mail && /\b(\d{6})\b/.exec(mail.subject)?.[1];
    if (!code) throw new Error(`No sign-in code was emailed to ${email}`);
    return code;
  }

  /** The newest link to something sent with My Review, in an email to this address. */
  linkFor(email: string): string {
    const mail = this.to(email)
      .reverse()
      .find((m) => /\/shared\//.test(m.text));
    const link = mail && /(https?:\/\/\S+\/shared\/[0-9a-f-]{36})/.exec(mail.text)?.[1];
    if (!link) throw new Error(`No link was emailed to ${email}`);
    return link;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

// Sends sign-in codes. With SMTP_URL set, by email. With none (the embedded default), the code is
// written to the server log, so a newcomer can sign in on their own machine; the log line has no
// address in full, only enough to tell two sign-ins apart.
import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';

/** How a code went out: by email (the mail server accepted it), or only into the server log. */
export type CodeDelivery = 'email' | 'log';

/** An email other than a sign-in code (a link to what the person sent a professional). */
export interface MailMessage {
  subject: string;
  text: string;
}

export interface Mailer {
  /** `message`: the email's words in the person's language (see signInEmail.ts). */
  sendSignInCode(to: string, code: string, message: MailMessage): Promise<CodeDelivery>;
  /**
   * Present only when an email server is set up. Resolves when that server accepted the message
   * (and throws when it did not), so "sent" is said only for what really went out.
   */
  sendMessage?(to: string, message: MailMessage): Promise<void>;
}

/** "sam@example.org" -> "s•••@e•••": enough to tell two codes apart, not enough to identify. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain.slice(0, 1)}•••`;
}

export function createMailer(
  options: { smtpUrl?: string; mailFrom?: string },
  log: FastifyBaseLogger,
): Mailer {
  if (!options.smtpUrl) {
    return {
      async sendSignInCode(to, code) {
        log.warn(
          `Sign-in code ${code} for ${maskEmail(to)}. No email server is set up (SMTP_URL), so the code is shown here.`,
        );
        return 'log';
      },
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    async sendSignInCode(to, _code, message) {
      await transport.sendMail({
        from: options.mailFrom ?? 'My Review <no-reply@localhost>',
        to,
        subject: message.subject,
        text: message.text,
      });
      return 'email';
    },
    async sendMessage(to, message) {
      await transport.sendMail({
        from: options.mailFrom ?? 'My Review <no-reply@localhost>',
        to,
        subject: message.subject,
        text: message.text,
      });
    },
  };
}

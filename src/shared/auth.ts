// Sign-in requests and answers, shared by the device and the server. Sign-in asks nobody to
// remember anything (WCAG 2.2 SC 3.3.8): a passkey first, or a 6-digit code sent by email that
// can be pasted.
import * as z from 'zod/mini';
import { Uuid } from './protocol';

/** How long an email code works, and how many wrong tries it takes before it stops working. */
export const EMAIL_CODE = { digits: 6, ttlMinutes: 10, maxAttempts: 5 } as const;

export const Email = z.pipe(
  z.pipe(
    z.string().check(z.trim(), z.maxLength(254)),
    z.transform((e: string) => e.toLowerCase()),
  ),
  z.email(),
);

/** What a person typed or pasted: spaces and dashes between the digits are forgiven. */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/**
 * The language the app is showing, so the email comes in it: a language code of the shape the
 * app's languages have (locales/languages.json). The server uses it only when it offers that
 * language, and English otherwise, so a newer app with a language an older server lacks can still
 * sign in; anything else is refused.
 */
export const LanguageCode = z
  .string()
  .check(z.maxLength(35), z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/));

export const EmailStartSchema = z.strictObject({
  email: Email,
  language: z.optional(LanguageCode),
});
// "email": the mail server accepted the code. "log": no email server is set up, so the code is only
// in the server's log; the app must not say "we sent an email". (An older server says neither.)
export const EmailStartResponseSchema = z.object({
  challengeId: z.string(),
  delivery: z._default(z.enum(['email', 'log']), 'email'),
});
export type CodeDelivery = z.infer<typeof EmailStartResponseSchema>['delivery'];

export const EmailVerifySchema = z.strictObject({
  challengeId: Uuid,
  code: z.string().check(z.regex(/^\d{6}$/)),
});

const B64Url = z.string().check(z.maxLength(16_384), z.regex(/^[A-Za-z0-9_-]*$/));
const Extensions = z
  .record(z.string().check(z.maxLength(50)), z.unknown())
  .check(z.refine((o) => Object.keys(o).length <= 10, 'too many extensions'));
const Attachment = z.enum(['platform', 'cross-platform']);

/** What every passkey answer carries, whether it makes a passkey or signs in with one. */
const CREDENTIAL = {
  id: B64Url,
  rawId: B64Url,
  type: z.literal('public-key'),
  authenticatorAttachment: z.optional(Attachment),
  clientExtensionResults: Extensions,
};

export const RegistrationResponseSchema = z.strictObject({
  ...CREDENTIAL,
  response: z.strictObject({
    clientDataJSON: B64Url,
    attestationObject: B64Url,
    authenticatorData: z.optional(B64Url),
    transports: z.optional(z.array(z.string().check(z.maxLength(20))).check(z.maxLength(10))),
    publicKeyAlgorithm: z.optional(z.int()),
    publicKey: z.optional(B64Url),
  }),
});

export const AuthenticationResponseSchema = z.strictObject({
  ...CREDENTIAL,
  response: z.strictObject({
    clientDataJSON: B64Url,
    authenticatorData: B64Url,
    signature: B64Url,
    userHandle: z.optional(B64Url),
  }),
});

export const EmptySchema = z.strictObject({});

export const PasskeyOptionsResponseSchema = z.object({
  challengeId: z.string(),
  // The WebAuthn options as @simplewebauthn/server made them; the browser library reads them.
  options: z.record(z.string(), z.unknown()),
});

export const PasskeyLoginSchema = z.strictObject({
  challengeId: Uuid,
  response: AuthenticationResponseSchema,
});

export const PasskeyRegisterSchema = z.strictObject({
  challengeId: Uuid,
  response: RegistrationResponseSchema,
});

export const AccountSchema = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.nullable(z.string()),
  passkeys: z.int(),
  /** The plans this account can see, so a device can claim or join them at sign-in. */
  plans: z.array(z.object({ id: z.string(), role: z.string() })),
});
export type Account = z.infer<typeof AccountSchema>;

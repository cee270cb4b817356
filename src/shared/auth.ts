// Sign-in requests and answers, shared by the device and the server. Sign-in asks nobody to
// remember anything (WCAG 2.2 SC 3.3.8): a passkey first, or a 6-digit code sent by email that
// can be pasted.
import { z } from 'zod';
import { Uuid } from './protocol';

/** How long an email code works, and how many wrong tries it takes before it stops working. */
export const EMAIL_CODE = { digits: 6, ttlMinutes: 10, maxAttempts: 5 } as const;

export const Email = z
  .string()
  .trim()
  .max(254)
  .transform((e) => e.toLowerCase())
  .pipe(z.email());

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
  .max(35)
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/);

export const EmailStartSchema = z.strictObject({ email: Email, language: LanguageCode.optional() });
// "email": the mail server accepted the code. "log": no email server is set up, so the code is only
// in the server's log; the app must not say "we sent an email". (An older server says neither.)
export const EmailStartResponseSchema = z.object({
  challengeId: z.string(),
  delivery: z.enum(['email', 'log']).default('email'),
});
export type CodeDelivery = z.infer<typeof EmailStartResponseSchema>['delivery'];

export const EmailVerifySchema = z.strictObject({
  challengeId: Uuid,
  code: z.string().regex(/^\d{6}$/),
});

const B64Url = z
  .string()
  .max(16_384)
  .regex(/^[A-Za-z0-9_-]*$/);
const Extensions = z
  .record(z.string().max(50), z.unknown())
  .refine((o) => Object.keys(o).length <= 10, 'too many extensions');
const Attachment = z.enum(['platform', 'cross-platform']);

/** What every passkey answer carries, whether it makes a passkey or signs in with one. */
const CREDENTIAL = {
  id: B64Url,
  rawId: B64Url,
  type: z.literal('public-key'),
  authenticatorAttachment: Attachment.optional(),
  clientExtensionResults: Extensions,
};

export const RegistrationResponseSchema = z.strictObject({
  ...CREDENTIAL,
  response: z.strictObject({
    clientDataJSON: B64Url,
    attestationObject: B64Url,
    authenticatorData: B64Url.optional(),
    transports: z.array(z.string().max(20)).max(10).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: B64Url.optional(),
  }),
});

export const AuthenticationResponseSchema = z.strictObject({
  ...CREDENTIAL,
  response: z.strictObject({
    clientDataJSON: B64Url,
    authenticatorData: B64Url,
    signature: B64Url,
    userHandle: B64Url.optional(),
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
  name: z.string().nullable(),
  passkeys: z.number().int(),
  /** The plans this account can see, so a device can claim or join them at sign-in. */
  plans: z.array(z.object({ id: z.string(), role: z.string() })),
});
export type Account = z.infer<typeof AccountSchema>;

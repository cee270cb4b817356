// Invitations to share a plan (DESIGN.md §6), shared by the device and the server. An invitation
// is single use and lasts 7 days. It travels as a link whose token sits after "#" (browsers never
// send that part, so it never reaches a server log), as a QR code of that link, or as a short code
// that can be read out on the phone. Accepting only asks to join: the person lets them in.
import * as z from 'zod/mini';
import { Uuid, type Role } from './protocol';
import { PERMISSIONS } from './sharing';

/** No 0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V: letters that sound or look alike when read out. */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTWXY34679';
export const INVITE = {
  ttlDays: 7,
  codeLength: 8,
  /** Wrong tokens or codes from one address before it must wait. */
  maxGuessesPerIp: 10,
  guessWindowMinutes: 15,
  /** Times one invitation may be opened before it stops working (the invited person needs few). */
  maxOpensPerInvitation: 10,
} as const;

export const INVITED_ROLES = ['supporter', 'family', 'viewer'] as const satisfies readonly Role[];
export type InvitedRole = (typeof INVITED_ROLES)[number];

/** What a person typed: spaces, dashes and small letters are forgiven. */
export function normaliseInviteCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

const CODE = new RegExp(`^[${CODE_ALPHABET}]{${INVITE.codeLength}}$`);
export const InviteToken = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
export const InviteCode = z.pipe(
  z.pipe(z.string().check(z.maxLength(32)), z.transform(normaliseInviteCode)),
  z.string().check(z.regex(CODE)),
);

export const Permissions = z.array(z.enum(PERMISSIONS)).check(
  z.maxLength(PERMISSIONS.length),
  z.refine((a) => new Set(a).size === a.length, 'repeated'),
);

export const CreateInvitationSchema = z
  .strictObject({
    role: z.enum(INVITED_ROLES),
    permissions: Permissions,
    /** Someone already in "who is coming"… */
    attendeeId: z.optional(Uuid),
    /** …or someone new, by the name the person uses for them. */
    name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))),
  })
  .check(z.refine((b) => (b.attendeeId === undefined) !== (b.name === undefined), 'who'));
export type CreateInvitation = z.infer<typeof CreateInvitationSchema>;

export const CreatedInvitationSchema = z.object({
  invitationId: Uuid,
  token: InviteToken,
  code: z.string(),
  expiresAt: z.string(),
});
export type CreatedInvitation = z.infer<typeof CreatedInvitationSchema>;

/** Opening or accepting: by the link's token or by the short code. */
export const InviteKeySchema = z.union([
  z.strictObject({ token: InviteToken }),
  z.strictObject({ code: InviteCode }),
]);
export type InviteKey = { token: string } | { code: string };

/** What the invited person is told before they accept. */
export const InvitationViewSchema = z.object({
  invitationId: Uuid,
  planId: Uuid,
  inviterName: z.nullable(z.string()),
  role: z.enum(INVITED_ROLES),
  permissions: z.array(z.enum(PERMISSIONS)),
  expiresAt: z.string(),
});
export type InvitationView = z.infer<typeof InvitationViewSchema>;

export const MEMBER_STATUSES = ['pending', 'active'] as const;

/** A member as the person sees them on My people. */
export const MemberSchema = z.object({
  userId: Uuid,
  name: z.nullable(z.string()),
  role: z.enum(['owner', ...INVITED_ROLES]),
  permissions: z.array(z.enum(PERMISSIONS)),
  status: z.enum(MEMBER_STATUSES),
  attendeeId: z.nullable(Uuid),
});
export type Member = z.infer<typeof MemberSchema>;

/** An invitation not yet accepted. */
export const PendingInvitationSchema = z.object({
  invitationId: Uuid,
  name: z.nullable(z.string()),
  attendeeId: z.nullable(Uuid),
  role: z.enum(INVITED_ROLES),
  permissions: z.array(z.enum(PERMISSIONS)),
  expiresAt: z.string(),
});
export type PendingInvitation = z.infer<typeof PendingInvitationSchema>;

export const PeopleSchema = z.object({
  members: z.array(MemberSchema),
  invitations: z.array(PendingInvitationSchema),
});
export type People = z.infer<typeof PeopleSchema>;

export const ChangeMemberSchema = z.strictObject({
  role: z.enum(INVITED_ROLES),
  permissions: Permissions,
});
export type ChangeMember = z.infer<typeof ChangeMemberSchema>;

// The sync protocol between a device and the server (DESIGN.md §4) as zod schemas. The server
// checks every request against these (strict objects: an unknown key is an error, not ignored),
// and the device checks every answer, so nothing malformed is ever written on either side.
// zod/mini rather than zod: the same checks, and it keeps the app's JavaScript about 15 KiB smaller.
import * as z from 'zod/mini';
import { UUID } from './ids';
import { AREAS } from './models/model';
import { FIELD_NAME, LIMITS, RECORD_TYPES } from './records';

/** Names that would reach Object.prototype if used as keys: never allowed as field names. */
const RESERVED_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Record ids: a v7 UUID for list items, `type:planId` for one-per-plan records. */
export const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$/;

export const Uuid = z.string().check(z.regex(UUID));
export const RecordId = z.string().check(z.regex(RECORD_ID));
export const FieldName = z.string().check(
  z.regex(FIELD_NAME),
  z.refine((n) => !RESERVED_NAMES.has(n), 'reserved name'),
);
/** A server revision (the plan version that wrote something). */
export const Rev = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));
export const FieldValueSchema = z.union([
  z.string().check(z.maxLength(LIMITS.textLength)),
  // zod 4 numbers are finite already (Infinity and NaN are refused).
  z.number(),
  z.boolean(),
  z.null(),
]);
/** A time written by a device: a label for people, never used to order anything. */
export const ClientTime = z.iso.datetime().check(z.maxLength(40));

/** zod drops a `__proto__` key from a record silently; we refuse the request instead. */
const noProtoKey = z
  .unknown()
  .check(
    z.refine(
      (v) => !(v && typeof v === 'object' && Object.hasOwn(v, '__proto__')),
      'reserved name',
    ),
  );

function fieldMap<T extends z.ZodMiniType>(value: T) {
  return z.pipe(
    noProtoKey,
    z
      .record(FieldName, value)
      .check(z.refine((o) => Object.keys(o).length <= LIMITS.fieldsPerRecord, 'too many fields')),
  );
}

export const FieldChangeSchema = z.strictObject({ value: FieldValueSchema, baseRev: Rev });

export const MUTATION_OPS = ['create', 'patch', 'delete', 'resolve'] as const;

export const MutationSchema = z
  .strictObject({
    mutationId: Uuid,
    planId: Uuid,
    recordId: RecordId,
    type: z.enum(RECORD_TYPES),
    op: z.enum(MUTATION_OPS),
    fields: fieldMap(FieldChangeSchema),
    clientTime: ClientTime,
    /**
     * delete: the revision of every field the device had when the person removed the record
     * (revisions are per field, so one number cannot say what was seen). A field changed by
     * another device since makes the delete a question for a person instead.
     */
    seen: z.optional(fieldMap(Rev)),
    /**
     * delete, from the app before `seen` (its outbox may still hold such changes): one number that
     * cannot say which fields were seen, so the server treats it as having seen nothing.
     */
    baseRev: z.optional(Rev),
    /**
     * The device's own order of its changes (its outbox sequence), so an older change arriving
     * after a newer one from the same device never overwrites it. Absent from older apps.
     */
    clientSeq: z.optional(z.int().check(z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER))),
    /** resolve: the conflicts the person answered. */
    resolves: z.optional(z.array(Uuid).check(z.minLength(1), z.maxLength(20))),
  })
  .check(
    z.refine(
      (m) => m.op !== 'delete' || Object.keys(m.fields).length === 0,
      'delete has no fields',
    ),
    // A delete always says what it saw (`seen`, or an older app's `baseRev`): never a blind delete.
    z.refine(
      (m) =>
        m.op === 'delete'
          ? (m.seen === undefined) !== (m.baseRev === undefined)
          : m.seen === undefined && m.baseRev === undefined,
      'a delete says what it saw',
    ),
    z.refine(
      (m) => (m.op === 'resolve') === (m.resolves !== undefined),
      'resolves only on resolve',
    ),
  );
export type Mutation = z.infer<typeof MutationSchema>;

export const PushRequestSchema = z.strictObject({
  clientId: Uuid,
  mutations: z.array(MutationSchema).check(z.minLength(1), z.maxLength(LIMITS.mutationsPerPush)),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const REJECT_REASONS = [
  'forbidden', // not a member of the plan, or not allowed to change it
  'wrong_plan', // the record id belongs to another plan or type
  'too_many_fields',
  'unknown_conflict', // a resolve named a conflict that is not open on this record
  'invalid_field', // a field its record type's model refuses (src/shared/models)
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const FieldStateSchema = z.object({ value: FieldValueSchema, rev: Rev });
export type FieldState = z.infer<typeof FieldStateSchema>;

export const MutationResultSchema = z.object({
  mutationId: Uuid,
  status: z.enum(['applied', 'conflict', 'rejected']),
  reason: z.optional(z.enum(REJECT_REASONS)),
  /** The server's value and revision now, for each field the mutation named. */
  fields: z.optional(z.record(z.string(), FieldStateSchema)),
  /** Whether the record is removed on the server now (absent: the record is not visible). */
  deleted: z.optional(z.boolean()),
});
export type MutationResult = z.infer<typeof MutationResultSchema>;

export const PushResponseSchema = z.object({ results: z.array(MutationResultSchema) });
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const CursorSchema = z.strictObject({ version: Rev, id: RecordId });
export type Cursor = z.infer<typeof CursorSchema>;

export const PullRequestSchema = z.strictObject({
  clientId: Uuid,
  /** Each plan this device holds, with the version it has everything up to. */
  plans: z.pipe(
    noProtoKey,
    z
      .record(Uuid, z.strictObject({ checkpoint: Rev, cursor: z.optional(CursorSchema) }))
      .check(z.refine((o) => Object.keys(o).length <= 100, 'too many plans')),
  ),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
});
export type PullRequest = z.infer<typeof PullRequestSchema>;

export const ROLES = ['owner', 'supporter', 'family', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const AuthorSchema = z.object({
  /** The person's name when they have given one. */
  name: z.nullable(z.string()),
  clientId: z.string(),
  /** A coarse label of the device ("Chrome on Android"). */
  device: z.nullable(z.string()),
  /** When it was written, by the writer's clock: a label only. */
  at: z.string(),
});
export type Author = z.infer<typeof AuthorSchema>;

export const CONFLICT_KINDS = ['field', 'edit-after-delete', 'delete-after-edit'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export const ConflictSchema = z.object({
  id: z.string(),
  recordId: z.string(),
  /** The field both devices changed; '*' when the whole record is in question. */
  field: z.string(),
  kind: z.enum(CONFLICT_KINDS),
  /** What the server kept (for edit-after-delete: the removal). */
  kept: z.extend(AuthorSchema, { value: FieldValueSchema }),
  /** What came second and was not applied. For edit-after-delete, the edited fields. */
  other: z.extend(AuthorSchema, {
    value: FieldValueSchema,
    fields: z.optional(z.record(z.string(), FieldValueSchema)),
  }),
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const ServerRecordSchema = z.object({
  id: z.string(),
  type: z.enum(RECORD_TYPES),
  data: z.record(z.string(), FieldValueSchema),
  rev: z.record(z.string(), Rev),
  deleted: z.boolean(),
  version: Rev,
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  /** The open conflicts of this record: the device replaces its list with this one. */
  conflicts: z.array(ConflictSchema),
  /**
   * This member may no longer see the record (made "Only me", or out of their permissions): the
   * device drops its copy. Sent with no data, only to a device that may hold it.
   */
  hidden: z.optional(z.literal(true)),
});
export type ServerRecord = z.infer<typeof ServerRecordSchema>;

export const MediaRefSchema = z.object({
  sha256: z.string(),
  mime: z.string(),
  size: z.int(),
});
export type MediaRef = z.infer<typeof MediaRefSchema>;

export const PlanInfoSchema = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  version: Rev,
  /**
   * What the person lets this account see and do now (src/shared/sharing.ts PERMISSIONS), read
   * live like the role. A device that sees them change drops what it may no longer read and, when
   * they grew, pulls the plan again from the start. Names this version does not know are ignored;
   * absent from older servers.
   */
  permissions: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(40))),
});
export type PlanInfo = z.infer<typeof PlanInfoSchema>;

/**
 * Who wrote a page's records: one entry per writer (`updatedBy`, an account) in the page, with
 * their name and role in this plan, so the app can say "Alex (supporter) wrote this" from data.
 */
export const PageAuthorSchema = z.object({
  userId: z.string(),
  name: z.nullable(z.string()),
  /** The writer's role in this plan; null when they are no longer a member. */
  role: z.nullable(z.enum(ROLES)),
});
export type PageAuthor = z.infer<typeof PageAuthorSchema>;

export const PullPageSchema = z.object({
  planId: z.string(),
  records: z.array(ServerRecordSchema),
  /** Photos and recordings added to the plan in this stretch of versions. */
  media: z.array(MediaRefSchema),
  /** Every change up to this version has now been sent. */
  checkpoint: Rev,
  /** Where the next page starts when this one was full; null when the plan is done. */
  cursor: z.nullable(CursorSchema),
  /** The writers of this page's records (absent from older servers). */
  authors: z.optional(z.array(PageAuthorSchema)),
});
export type PullPage = z.infer<typeof PullPageSchema>;

export const PullResponseSchema = z.object({
  plans: z.array(PlanInfoSchema),
  /** Plans the device listed that this account can no longer see. */
  revokedPlans: z.array(z.string()),
  /** Of those, the plans their owner erased (absent from older servers). */
  erasedPlans: z.optional(z.array(z.string())),
  pages: z.array(PullPageSchema),
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

export const ClaimRequestSchema = z.strictObject({ clientId: Uuid, planId: Uuid });

export const MEDIA_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'audio/webm',
  'audio/ogg',
  'audio/mp4',
  'audio/mpeg',
  // A report or a letter as a file (issue 11): stored as it is, never shown inline by the server.
  'application/pdf',
] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];
export const MEDIA_MAX_BYTES = 25 * 1024 * 1024;
/**
 * A document file is kept on the tablet as well as on the server: 20 MB holds a long scanned
 * report, and keeps a few of them from filling a small tablet.
 */
export const PDF_MAX_BYTES = 20 * 1024 * 1024;

/** The most bytes one photo, recording or file of this type may have. */
export function mediaLimit(mime: string): number {
  return mime === 'application/pdf' ? PDF_MAX_BYTES : MEDIA_MAX_BYTES;
}
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The error body every API error has: a code for the app and plain words for people. */
export const ApiErrorSchema = z.object({ error: z.string(), message: z.optional(z.string()) });

/** GET /api/plans/:planId/audit: the plan's audit, for its owner only. */
export const AuditParamsSchema = z.strictObject({ planId: Uuid });

export const AUDIT_KINDS = [
  'joined',
  'left',
  'removed',
  'looked',
  'changed',
  'sent',
  'opened',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** One line of "Who has seen and changed my plan": who, when, what kind, which areas. */
export const AuditEntrySchema = z.object({
  /** The day (YYYY-MM-DD, UTC) and the time of the latest event on the line. */
  day: z.string(),
  at: z.string(),
  kind: z.enum(AUDIT_KINDS),
  who: z.object({
    userId: z.string(),
    name: z.nullable(z.string()),
    role: z.nullable(z.enum(ROLES)),
  }),
  /** changed: the areas of the plan that were changed (never the content). */
  areas: z.array(z.enum(AREAS)),
  /** sent, opened: what went to which professional (src/shared/deliveries.ts). */
  delivery: z.optional(
    z.object({
      item: z.enum(['feedback', 'pack']),
      toName: z.string(),
      toRole: z.enum(['commissioner', 'careCoordinator']),
    }),
  ),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditResponseSchema = z.object({ entries: z.array(AuditEntrySchema) });
export type AuditResponse = z.infer<typeof AuditResponseSchema>;

import type { Generated } from 'kysely';

// The server's tables as Kysely sees them. Both databases store the same shapes: JSON as text
// (serialised in app code, never queried inside), times as ISO 8601 UTC text, flags as 0/1, and
// versions as 64-bit integers read back as numbers (they stay far below 2^53).

export interface UsersTable {
  id: string;
  email: string;
  display_name: string | null;
  created_at: string;
}

/** Passkeys. The credential id is the WebAuthn credential id (base64url). */
export interface CredentialsTable {
  id: string;
  user_id: string;
  public_key: string;
  counter: number;
  transports: string;
  device_type: string;
  backed_up: number;
  created_at: string;
  last_used_at: string | null;
}

/** Sessions: only the SHA-256 of the random id in the cookie is kept. */
export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** Email sign-in codes: only a hash of the code; single use; a few tries; ten minutes. */
export interface EmailCodesTable {
  id: string;
  email: string;
  code_hash: string;
  created_at: string;
  expires_at: string;
  attempts: number;
  used_at: string | null;
}

export interface WebauthnChallengesTable {
  id: string;
  challenge: string;
  purpose: 'login' | 'register';
  user_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** A device (client id) is bound to the first account that syncs with it. */
export interface ClientsTable {
  id: string;
  user_id: string;
  label: string | null;
  created_at: string;
  last_seen_at: string;
}

export interface PlansTable {
  id: string;
  owner_user_id: string;
  /** Bumped inside every push transaction that changes the plan: the order of all changes. */
  version: number;
  created_at: string;
  deleted_at: string | null;
}

/** Who may see or change a plan. Designed for sharing (invitations, scopes, revocation). */
export interface PlanMembersTable {
  plan_id: string;
  user_id: string;
  role: 'owner' | 'supporter' | 'family' | 'viewer';
  /** JSON list of plain-language scopes, e.g. ["answers.read", "answers.write"]. */
  scopes: string;
  /** pending: accepted an invitation, waiting for the person to let them in. */
  status: 'invited' | 'pending' | 'active' | 'revoked';
  invited_by: string | null;
  consented_at: string | null;
  created_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
}

export interface RecordsTable {
  plan_id: string;
  id: string;
  type: string;
  /** JSON {field: value}. */
  data: string;
  /** JSON {field: FieldRev}: who wrote each field last, at which version, based on what. */
  field_revs: string;
  version: number;
  deleted: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export interface RecordHistoryTable {
  /** Given by the database, in insertion order. */
  id: Generated<number>;
  plan_id: string;
  record_id: string;
  version: number;
  /** The field, or '$deleted' for a removal or restore. */
  field: string;
  value: string;
  base_rev: number;
  op: string;
  user_id: string;
  client_id: string;
  mutation_id: string;
  client_time: string;
  at: string;
}

export interface AppliedMutationsTable {
  client_id: string;
  mutation_id: string;
  plan_id: string;
  user_id: string;
  /** JSON {status, reason?, fields: string[]} — what the device is told again on a retry. */
  result: string;
  version: number;
  at: string;
}

export interface ConflictsTable {
  id: string;
  plan_id: string;
  record_id: string;
  field: string;
  kind: string;
  base_rev: number;
  kept_value: string;
  kept_user_id: string | null;
  kept_client_id: string;
  kept_client_time: string;
  other_value: string;
  other_user_id: string;
  other_client_id: string;
  other_client_time: string;
  other_mutation_id: string;
  created_version: number;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolved_mutation_id: string | null;
}

/** Photo and recording bytes, once per SHA-256, in the database so servers stay stateless. */
export interface MediaTable {
  sha256: string;
  mime: string;
  size: number;
  bytes: Buffer;
  created_by: string;
  /** When it was last uploaded (a repeat upload refreshes it: the unused-media sweep's grace). */
  created_at: string;
}

/** Which plans hold a photo or recording: only their members may fetch it. */
export interface PlanMediaTable {
  plan_id: string;
  sha256: string;
  version: number;
  created_by: string;
  created_at: string;
}

/** Who did what and when — never the content. Append only (a trigger refuses changes). */
export interface AuditLogTable {
  id: string;
  at: string;
  actor_user_id: string | null;
  plan_id: string | null;
  action: string;
  target: string | null;
  /** JSON with counts and reason codes only. */
  details: string;
}

/** Only hashes of the link's token and of the short code are kept: a copy lets nobody in. */
export interface PlanInvitationsTable {
  id: string;
  plan_id: string;
  token_hash: string;
  code_hash: string;
  role: 'supporter' | 'family' | 'viewer';
  /** JSON list of permissions (src/shared/sharing.ts). */
  permissions: string;
  attendee_id: string | null;
  name: string | null;
  created_by: string;
  created_at: string;
  expires_at: string;
  opens: number;
  accepted_by: string | null;
  accepted_at: string | null;
  cancelled_at: string | null;
}

/** Wrong invitation tokens or codes, counted per hashed address in a window. */
export interface InviteGuessesTable {
  key: string;
  window_start: string;
  count: number;
}

/** A sending to a professional: their only access, to one item (src/shared/deliveries.ts). */
export interface DeliveriesTable {
  id: string;
  plan_id: string;
  item: 'feedback' | 'pack';
  to_name: string;
  to_role: 'commissioner' | 'careCoordinator';
  to_email: string;
  sent_by: string;
  created_at: string;
  /** Set only when the email server accepted the message: until then the link opens nothing. */
  sent_at: string | null;
  failed_at: string | null;
  opened_at: string | null;
  opened_by: string | null;
  expires_at: string;
  sent_version: number | null;
}

/** A plan erased by its owner: only its random id and when, so devices can delete their copies. */
export interface ErasedPlansTable {
  plan_id: string;
  erased_at: string;
}

/**
 * Which records a member's devices were ever sent (pull.ts): only these are named to the member
 * again when they may no longer see them, so their devices drop them. Nothing else hidden from a
 * member is ever named to them.
 */
export interface MemberRecordsTable {
  plan_id: string;
  user_id: string;
  record_id: string;
}

/** Filled and emptied inside one erasing transaction: which audit rows it may delete. */
export interface AuditErasingTable {
  key: string;
}

export interface Database {
  users: UsersTable;
  credentials: CredentialsTable;
  sessions: SessionsTable;
  email_codes: EmailCodesTable;
  webauthn_challenges: WebauthnChallengesTable;
  clients: ClientsTable;
  plans: PlansTable;
  plan_members: PlanMembersTable;
  records: RecordsTable;
  record_history: RecordHistoryTable;
  applied_mutations: AppliedMutationsTable;
  conflicts: ConflictsTable;
  media: MediaTable;
  plan_media: PlanMediaTable;
  member_records: MemberRecordsTable;
  audit_log: AuditLogTable;
  plan_invitations: PlanInvitationsTable;
  invite_guesses: InviteGuessesTable;
  deliveries: DeliveriesTable;
  erased_plans: ErasedPlansTable;
  audit_erasing: AuditErasingTable;
}

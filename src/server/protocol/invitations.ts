// Invitations: made by the person (the plan's owner), opened and accepted by the invited person,
// then confirmed by the person. Accepting only asks to join (status "pending"): a leaked link or
// code alone lets nobody in. Only hashes of the token and the code are stored.
import { randomBytes, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  CODE_ALPHABET,
  INVITE,
  type CreateInvitation,
  type CreatedInvitation,
  type InvitationView,
  type InviteKey,
  type People,
} from '../../shared/invitations';
import { uuidv7 } from '../../shared/ids';
import { parsePermissions } from '../../shared/sharing';
import { audit } from '../audit';
import { sha256Hex } from '../auth/sessions';
import { HttpError } from '../errors';
import { fromJson, nowIso, toJson } from '../store/json';
import type { Database, PlanInvitationsTable } from '../store/schema';
import { familyConsent } from './familyConsent';
import { liveMembership } from './members';

type Db = Kysely<Database>;
const DAY = 24 * 60 * 60 * 1000;

export const notOwner = () =>
  new HttpError(403, 'not_owner', 'Only the person whose plan this is can do this.');
const notFound = () =>
  new HttpError(404, 'invite_not_found', 'This invitation does not work. Check the code.');
const used = () => new HttpError(410, 'invite_used', 'This invitation has been used already.');
const expired = () => new HttpError(410, 'invite_expired', 'This invitation is too old now.');
const tooMany = () => new HttpError(429, 'too_many', 'Please wait a few minutes and try again.');

/** Whether this user is the plan's owner right now (a live owner membership). */
export async function isOwner(db: Db, userId: string, planId: string): Promise<boolean> {
  const m = await liveMembership(db, userId, planId);
  return m?.role === 'owner';
}

export async function requireOwner(db: Db, userId: string, planId: string): Promise<void> {
  if (!(await isOwner(db, userId, planId))) throw notOwner();
}

function newCode(): string {
  let code = '';
  for (let i = 0; i < INVITE.codeLength; i++)
    code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export async function createInvitation(
  db: Db,
  userId: string,
  planId: string,
  body: CreateInvitation,
): Promise<CreatedInvitation> {
  await requireOwner(db, userId, planId);
  const token = randomBytes(32).toString('base64url');
  const code = newCode();
  const now = Date.now();
  const row: PlanInvitationsTable = {
    id: uuidv7(),
    plan_id: planId,
    token_hash: sha256Hex(token),
    code_hash: sha256Hex(code),
    role: body.role,
    permissions: toJson(body.permissions),
    attendee_id: body.attendeeId ?? null,
    name: body.name ?? null,
    created_by: userId,
    created_at: new Date(now).toISOString(),
    expires_at: new Date(now + INVITE.ttlDays * DAY).toISOString(),
    opens: 0,
    accepted_by: null,
    accepted_at: null,
    cancelled_at: null,
  };
  await db.insertInto('plan_invitations').values(row).execute();
  await audit(db, {
    actor: userId,
    planId,
    action: 'invite.created',
    target: row.id,
    details: { role: body.role, permissions: body.permissions.length },
  });
  return { invitationId: row.id, token, code, expiresAt: row.expires_at };
}

/** Wrong guesses per hashed address, in the database so the limit holds across servers. */
async function guessesLeft(db: Db, ipKey: string): Promise<boolean> {
  const cutoff = new Date(Date.now() - INVITE.guessWindowMinutes * 60_000).toISOString();
  await db
    .deleteFrom('invite_guesses')
    .where('key', '=', ipKey)
    .where('window_start', '<', cutoff)
    .execute();
  const row = await db
    .selectFrom('invite_guesses')
    .select('count')
    .where('key', '=', ipKey)
    .executeTakeFirst();
  return Number(row?.count ?? 0) < INVITE.maxGuessesPerIp;
}

async function wrongGuess(db: Db, ipKey: string): Promise<void> {
  await db
    .insertInto('invite_guesses')
    .values({ key: ipKey, window_start: nowIso(), count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({ count: eb('invite_guesses.count', '+', 1) })),
    )
    .execute();
}

/**
 * The invitation a token or code names, still usable. Counts wrong guesses per address and
 * opens per invitation, before anything else is checked.
 */
async function usable(db: Db, key: InviteKey, ip: string): Promise<PlanInvitationsTable> {
  const ipKey = `ip:${sha256Hex(ip)}`;
  if (!(await guessesLeft(db, ipKey))) throw tooMany();
  const hash = 'token' in key ? sha256Hex(key.token) : sha256Hex(key.code);
  const row = await db
    .selectFrom('plan_invitations')
    .selectAll()
    .where('token' in key ? 'token_hash' : 'code_hash', '=', hash)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  if (!row) {
    await wrongGuess(db, ipKey);
    await audit(db, { actor: null, action: 'invite.wrong_key' });
    throw notFound();
  }
  if (row.accepted_by) throw used();
  if (row.expires_at <= nowIso()) throw expired();
  if (Number(row.opens) >= INVITE.maxOpensPerInvitation) throw tooMany();
  // The person who made it must still own the plan, or it stands for nothing.
  if (!(await isOwner(db, row.created_by, row.plan_id))) throw notFound();
  await db
    .updateTable('plan_invitations')
    .set((eb) => ({ opens: eb('opens', '+', 1) }))
    .where('id', '=', row.id)
    .execute();
  return row;
}

async function nameOf(db: Db, userId: string): Promise<string | null> {
  const u = await db
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', userId)
    .executeTakeFirst();
  return u?.display_name ?? null;
}

export async function openInvitation(db: Db, key: InviteKey, ip: string): Promise<InvitationView> {
  const row = await usable(db, key, ip);
  return {
    invitationId: row.id,
    planId: row.plan_id,
    inviterName: await nameOf(db, row.created_by),
    role: row.role,
    permissions: parsePermissions(fromJson(row.permissions)),
    expiresAt: row.expires_at,
  };
}

/** Accepting asks to join: a pending membership, single use, that the person must confirm. */
export async function acceptInvitation(
  db: Db,
  userId: string,
  key: InviteKey,
  ip: string,
): Promise<{ planId: string; status: 'pending' }> {
  const row = await usable(db, key, ip);
  if (row.created_by === userId) throw new HttpError(409, 'own_invite', 'This is your own plan.');
  const existing = await db
    .selectFrom('plan_members')
    .select('status')
    .where('plan_id', '=', row.plan_id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (existing && existing.status !== 'revoked')
    throw new HttpError(409, 'already_member', 'You are already in this plan.');
  await db.transaction().execute(async (tx) => {
    // Single use even when two people accept at once: only one update finds it unaccepted.
    const claimed = await tx
      .updateTable('plan_invitations')
      .set({ accepted_by: userId, accepted_at: nowIso() })
      .where('id', '=', row.id)
      .where('accepted_by', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw used();
    const member = {
      role: row.role,
      scopes: row.permissions,
      status: 'pending' as const,
      invited_by: row.created_by,
      consented_at: null,
      created_at: nowIso(),
      revoked_at: null,
      revoked_by: null,
    };
    if (existing) {
      await tx
        .updateTable('plan_members')
        .set(member)
        .where('plan_id', '=', row.plan_id)
        .where('user_id', '=', userId)
        .execute();
    } else {
      await tx
        .insertInto('plan_members')
        .values({ plan_id: row.plan_id, user_id: userId, ...member })
        .execute();
    }
    await audit(tx, {
      actor: userId,
      planId: row.plan_id,
      action: 'invite.accepted',
      target: row.id,
      details: { role: row.role },
    });
  });
  return { planId: row.plan_id, status: 'pending' };
}

/** The accepted invitation behind a membership: who they are in "who is coming", and the name. */
async function invitationOf(db: Db, planId: string, userId: string) {
  return db
    .selectFrom('plan_invitations')
    .select(['attendee_id', 'name'])
    .where('plan_id', '=', planId)
    .where('accepted_by', '=', userId)
    .orderBy('accepted_at', 'desc')
    .executeTakeFirst();
}

/** The person lets them in. A family member needs the consent the planner holds (16+ rule). */
export async function confirmMember(
  db: Db,
  ownerId: string,
  planId: string,
  userId: string,
): Promise<void> {
  await requireOwner(db, ownerId, planId);
  const member = await db
    .selectFrom('plan_members')
    .select(['role', 'status'])
    .where('plan_id', '=', planId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!member || member.status !== 'pending')
    throw new HttpError(404, 'not_pending', 'Nobody is waiting to be let in.');
  if (member.role === 'family') {
    const inv = await invitationOf(db, planId, userId);
    const consent = await familyConsent(db, planId, inv?.attendee_id ?? null);
    if (consent !== 'allowed') {
      await audit(db, {
        actor: ownerId,
        planId,
        action: 'member.confirm_refused',
        target: userId,
        details: { reason: consent },
      });
      throw new HttpError(
        409,
        consent === 'ageUnknown' ? 'age_needed' : 'consent_needed',
        consent === 'ageUnknown'
          ? 'Say how old you are in the planner first.'
          : 'Say yes to this family member in the planner first.',
      );
    }
  }
  const now = nowIso();
  await db
    .updateTable('plan_members')
    .set({ status: 'active', consented_at: now })
    .where('plan_id', '=', planId)
    .where('user_id', '=', userId)
    .where('status', '=', 'pending')
    .execute();
  await audit(db, { actor: ownerId, planId, action: 'member.confirmed', target: userId });
}

/** Everyone the person shares with, and invitations not yet used (for My people). */
export async function listPeople(db: Db, ownerId: string, planId: string): Promise<People> {
  await requireOwner(db, ownerId, planId);
  const rows = await db
    .selectFrom('plan_members')
    .innerJoin('users', 'users.id', 'plan_members.user_id')
    .select([
      'plan_members.user_id as userId',
      'plan_members.role as role',
      'plan_members.scopes as scopes',
      'plan_members.status as status',
      'users.display_name as displayName',
    ])
    .where('plan_members.plan_id', '=', planId)
    .where('plan_members.status', 'in', ['pending', 'active'])
    .where('plan_members.user_id', '!=', ownerId)
    .orderBy('plan_members.created_at')
    .execute();
  const members: People['members'] = [];
  for (const r of rows) {
    const inv = await invitationOf(db, planId, r.userId);
    members.push({
      userId: r.userId,
      name: inv?.name ?? r.displayName,
      role: r.role,
      permissions: parsePermissions(fromJson(r.scopes)),
      status: r.status === 'active' ? 'active' : 'pending',
      attendeeId: inv?.attendee_id ?? null,
    });
  }
  const open = await db
    .selectFrom('plan_invitations')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('accepted_by', 'is', null)
    .where('cancelled_at', 'is', null)
    .where('expires_at', '>', nowIso())
    .orderBy('created_at')
    .execute();
  return {
    members,
    invitations: open.map((i) => ({
      invitationId: i.id,
      name: i.name,
      attendeeId: i.attendee_id,
      role: i.role,
      permissions: parsePermissions(fromJson(i.permissions)),
      expiresAt: i.expires_at,
    })),
  };
}

export async function cancelInvitation(
  db: Db,
  ownerId: string,
  planId: string,
  invitationId: string,
): Promise<void> {
  await requireOwner(db, ownerId, planId);
  const r = await db
    .updateTable('plan_invitations')
    .set({ cancelled_at: nowIso() })
    .where('id', '=', invitationId)
    .where('plan_id', '=', planId)
    .where('accepted_by', 'is', null)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw notFound();
  await audit(db, { actor: ownerId, planId, action: 'invite.cancelled', target: invitationId });
}

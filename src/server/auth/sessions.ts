// Sessions: an opaque random id in an HttpOnly, SameSite=Strict cookie (Secure everywhere but
// localhost, where browsers allow no Secure cookie over plain http). The database keeps only its
// SHA-256, so a copy of the database signs nobody in.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { nowIso } from '../store/json';
import type { Database } from '../store/schema';

const DAY = 24 * 60 * 60 * 1000;
/** Signed out after 60 days without use, and after a year whatever happens. */
export const SESSION_IDLE_MS = 60 * DAY;
export const SESSION_ABSOLUTE_MS = 365 * DAY;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function isLocalHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** `__Host-` binds the cookie to this exact origin; browsers only accept it with Secure. */
function cookieName(request: FastifyRequest): { name: string; secure: boolean } {
  const secure = request.protocol === 'https' || !isLocalHost(request.hostname);
  return { name: secure ? '__Host-sid' : 'sid', secure };
}

export async function startSession(
  db: Kysely<Database>,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  await db
    .insertInto('sessions')
    .values({
      id_hash: sha256Hex(token),
      user_id: userId,
      created_at: new Date(now).toISOString(),
      last_seen_at: new Date(now).toISOString(),
      expires_at: new Date(now + SESSION_IDLE_MS).toISOString(),
      revoked_at: null,
    })
    .execute();
  const { name, secure } = cookieName(request);
  reply.setCookie(name, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: SESSION_IDLE_MS / 1000,
  });
}

function tokenOf(request: FastifyRequest): string | undefined {
  const token = request.cookies['__Host-sid'] ?? request.cookies.sid;
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

export interface SessionInfo {
  userId: string;
  idHash: string;
  /** When this sign-in happened: erasing an account needs a fresh one. */
  createdAt: string;
}

/** The signed-in account of a request, or null. Sliding expiry, written at most once a day. */
export async function readSession(
  db: Kysely<Database>,
  request: FastifyRequest,
): Promise<SessionInfo | null> {
  const token = tokenOf(request);
  if (!token) return null;
  const idHash = sha256Hex(token);
  const now = nowIso();
  const row = await db
    .selectFrom('sessions')
    .select(['user_id', 'created_at', 'last_seen_at'])
    .where('id_hash', '=', idHash)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  const created = Date.parse(row.created_at);
  if (Date.now() - created > SESSION_ABSOLUTE_MS) return null;
  if (Date.now() - Date.parse(row.last_seen_at) > DAY) {
    const expires = Math.min(Date.now() + SESSION_IDLE_MS, created + SESSION_ABSOLUTE_MS);
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now, expires_at: new Date(expires).toISOString() })
      .where('id_hash', '=', idHash)
      .execute();
  }
  return { userId: row.user_id, idHash, createdAt: row.created_at };
}

export async function endSession(
  db: Kysely<Database>,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<string | null> {
  const token = tokenOf(request);
  let userId: string | null = null;
  if (token) {
    const row = await db
      .updateTable('sessions')
      .set({ revoked_at: nowIso() })
      .where('id_hash', '=', sha256Hex(token))
      .where('revoked_at', 'is', null)
      .returning('user_id')
      .executeTakeFirst();
    userId = row?.user_id ?? null;
  }
  const { name, secure } = cookieName(request);
  reply.clearCookie(name, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
  return userId;
}

// Email sign-in codes: 6 digits from a CSPRNG, valid 10 minutes, single use, bound to the request
// that asked for it (its challenge id), 5 tries, and at most 5 codes per address per 15 minutes.
import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { EMAIL_CODE } from '../../shared/auth';
import { HttpError } from '../errors';
import { nowIso } from '../store/json';
import type { Database } from '../store/schema';

const CODES_PER_WINDOW = 5;
const WINDOW_MS = 15 * 60 * 1000;

function hashCode(challengeId: string, code: string): string {
  return createHash('sha256').update(`${challengeId}:${code}`).digest('hex');
}

export const codeWrong = () =>
  new HttpError(400, 'code_wrong', 'This code is not right. Check the numbers and try again.');
export const codeExpired = () =>
  new HttpError(400, 'code_expired', 'This code does not work any more. Ask for a new code.');

export async function issueCode(
  db: Kysely<Database>,
  email: string,
): Promise<{ challengeId: string; code: string }> {
  const since = new Date(Date.now() - WINDOW_MS).toISOString();
  const recent = await db
    .selectFrom('email_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('email', '=', email)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  if (Number(recent.n) >= CODES_PER_WINDOW)
    throw new HttpError(429, 'too_many', 'Please wait 15 minutes, then ask for a new code.');
  // Old codes are of no use to anyone: tidy them away while we are here.
  await db
    .deleteFrom('email_codes')
    .where('created_at', '<', new Date(Date.now() - 24 * 3600_000).toISOString())
    .execute();
  const challengeId = randomUUID();
  const code = String(randomInt(0, 10 ** EMAIL_CODE.digits)).padStart(EMAIL_CODE.digits, '0');
  const now = Date.now();
  await db
    .insertInto('email_codes')
    .values({
      id: challengeId,
      email,
      code_hash: hashCode(challengeId, code),
      created_at: new Date(now).toISOString(),
      expires_at: new Date(now + EMAIL_CODE.ttlMinutes * 60_000).toISOString(),
      attempts: 0,
      used_at: null,
    })
    .execute();
  return { challengeId, code };
}

/** Checks a code; on success it is used up and the address it was sent to is returned. */
export async function consumeCode(
  db: Kysely<Database>,
  challengeId: string,
  code: string,
): Promise<string> {
  const row = await db
    .selectFrom('email_codes')
    .selectAll()
    .where('id', '=', challengeId)
    .executeTakeFirst();
  if (!row || row.used_at || row.expires_at <= nowIso() || row.attempts >= EMAIL_CODE.maxAttempts)
    throw codeExpired();
  const given = Buffer.from(hashCode(challengeId, code), 'hex');
  if (!timingSafeEqual(given, Buffer.from(row.code_hash, 'hex'))) {
    const counted = await db
      .updateTable('email_codes')
      .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('id', '=', challengeId)
      .returning('attempts')
      .executeTakeFirst();
    throw (counted?.attempts ?? EMAIL_CODE.maxAttempts) >= EMAIL_CODE.maxAttempts
      ? codeExpired()
      : codeWrong();
  }
  // Single use even when two requests race: only one update finds it unused.
  const used = await db
    .updateTable('email_codes')
    .set({ used_at: nowIso() })
    .where('id', '=', challengeId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) throw codeExpired();
  return row.email;
}

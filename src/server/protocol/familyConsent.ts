// The 16+ family rule (domain.md §1.8), read from the plan's own consent records on the server, so
// a family member is let in only when the planner holds the answer that allows it:
// - 16 or older: the person's own yes, or a recorded best-interests decision (who, how, when,
//   advocate) whose outcome is yes; a parent's answer no longer counts;
// - under 16: the parent or carer's yes, with the young person's own view recorded.
// The same reading as the planner's consent rules (src/features/planner/consent.ts), which the
// server cannot import; the tests hold both to the same cases.
import type { Kysely, Transaction } from 'kysely';
import { audit } from '../audit';
import { fromJson, nowIso } from '../store/json';
import type { Database } from '../store/schema';

type Db = Kysely<Database> | Transaction<Database>;
type Fields = Record<string, unknown>;

export type FamilyConsent = 'allowed' | 'ageUnknown' | 'noConsent';

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** Whether one consent record's standing answer allows this, for the person's age. */
export function consentAllowsFamily(c: Fields | undefined, ageBand: unknown): boolean {
  if (!c) return false;
  if (ageBand === 'under16') return c.decidedBy === 'parent' && c.state === 'yes' && filled(c.view);
  if (ageBand !== '16plus' || c.decidedBy === 'parent') return false;
  if (c.state === 'yes') return true;
  return (
    c.state === 'bestInterests' &&
    c.biOutcome === 'yes' &&
    filled(c.biWho) &&
    filled(c.biHow) &&
    filled(c.biWhen) &&
    filled(c.biAdvocate)
  );
}

/** The plan's age band and consent records, read once: what each family member's access rests on. */
async function consentReader(db: Db, planId: string): Promise<(a: string | null) => FamilyConsent> {
  const rows = await db
    .selectFrom('records')
    .select(['type', 'data'])
    .where('plan_id', '=', planId)
    .where('deleted', '=', 0)
    .where('type', 'in', ['review', 'consent'])
    // Newest first: one record per subject is the rule, but the latest answer wins if not.
    .orderBy('version', 'desc')
    .execute();
  const review = rows.find((r) => r.type === 'review');
  const ageBand = review ? fromJson<Fields>(review.data).ageBand : undefined;
  const consents = rows.filter((r) => r.type === 'consent').map((r) => fromJson<Fields>(r.data));
  return (attendeeId) => {
    if (ageBand !== 'under16' && ageBand !== '16plus') return 'ageUnknown';
    if (!attendeeId) return 'noConsent';
    const consent = consents.find((d) => d.subject === 'attendee' && d.attendeeId === attendeeId);
    return consentAllowsFamily(consent, ageBand) ? 'allowed' : 'noConsent';
  };
}

export async function familyConsent(
  db: Db,
  planId: string,
  attendeeId: string | null,
): Promise<FamilyConsent> {
  return (await consentReader(db, planId))(attendeeId);
}

/** Record types whose change can take a family member's consent away. */
export const CONSENT_TYPES: readonly string[] = ['review', 'consent'];

/** The active family members of a plan, each with who they are in "who is coming". */
async function familyMembers(trx: Transaction<Database>, planId: string) {
  const family = await trx
    .selectFrom('plan_members')
    .select('user_id')
    .where('plan_id', '=', planId)
    .where('role', '=', 'family')
    .where('status', '=', 'active')
    .execute();
  const out: { userId: string; attendeeId: string | null }[] = [];
  for (const { user_id: userId } of family) {
    // From the invitation they accepted, newest first (as when they were let in).
    const inv = await trx
      .selectFrom('plan_invitations')
      .select('attendee_id')
      .where('plan_id', '=', planId)
      .where('accepted_by', '=', userId)
      .orderBy('accepted_at', 'desc')
      .executeTakeFirst();
    out.push({ userId, attendeeId: inv?.attendee_id ?? null });
  }
  return out;
}

/**
 * Withdrawing consent ends that family member's access at once (domain.md §1.8). Called before a
 * push writes a change to the age or the consent records, it returns the step to run after the
 * write, in the same transaction: every active family member whose consent held before and no
 * longer holds is stopped, as if the person had tapped "Stop sharing"; their device is told at its
 * next contact, like any stop. (Only a consent that held and went: this is about withdrawing.)
 */
export async function watchFamilyConsent(
  trx: Transaction<Database>,
  planId: string,
): Promise<(actorId: string) => Promise<void>> {
  const family = await familyMembers(trx, planId);
  if (!family.length) return async () => undefined;
  const before = await consentReader(trx, planId);
  const held = family.filter((f) => before(f.attendeeId) === 'allowed');
  return async (actorId) => {
    if (!held.length) return;
    const after = await consentReader(trx, planId);
    const now = nowIso();
    for (const { userId, attendeeId } of held) {
      const consent = after(attendeeId);
      if (consent === 'allowed') continue;
      await trx
        .updateTable('plan_members')
        .set({ status: 'revoked', revoked_at: now, revoked_by: actorId })
        .where('plan_id', '=', planId)
        .where('user_id', '=', userId)
        .execute();
      await audit(trx, {
        actor: actorId,
        planId,
        action: 'sharing.stopped',
        target: userId,
        details: { reason: consent },
      });
    }
  };
}

// The 16+ family rule (domain.md §1.8), read from the plan's own consent records on the server, so
// a family member is let in only when the planner holds the answer that allows it:
// - 16 or older: the person's own yes, or a recorded best-interests decision (who, how, when,
//   advocate) whose outcome is yes; a parent's answer no longer counts;
// - under 16: the parent or carer's yes, with the young person's own view recorded.
// The same reading as the planner's consent rules (src/features/planner/consent.ts), which the
// server cannot import; the tests hold both to the same cases.
import type { Kysely, Transaction } from 'kysely';
import { fromJson } from '../store/json';
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

export async function familyConsent(
  db: Db,
  planId: string,
  attendeeId: string | null,
): Promise<FamilyConsent> {
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
  if (ageBand !== 'under16' && ageBand !== '16plus') return 'ageUnknown';
  if (!attendeeId) return 'noConsent';
  const consent = rows
    .filter((r) => r.type === 'consent')
    .map((r) => fromJson<Fields>(r.data))
    .find((d) => d.subject === 'attendee' && d.attendeeId === attendeeId);
  return consentAllowsFamily(consent, ageBand) ? 'allowed' : 'noConsent';
}

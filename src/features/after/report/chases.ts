// The times the person asked for their report, and when the app asks them to chase it: the report
// should come within two weeks of the review; from the day after, it is late (domain.md §1.7).
import type { StoredRecord } from '../../../data';
import { addDays, isIsoDate } from '../../../shared/dates';
import { chaseModel, type ChaseWay } from '../../../shared/models/chase';

export const REPORT_DUE_DAYS = 14;

export interface Chase {
  id: string;
  on: string;
  who: string;
  how: ChaseWay | null;
  note: string;
  record: StoredRecord;
}

/** Newest first, by the day the person says they asked. */
export function sortChases(records: readonly StoredRecord[] | undefined): Chase[] {
  return (records ?? [])
    .map((record) => ({ id: record.id, record, ...chaseModel.decode(record.data) }))
    .sort((a, b) => (a.on === b.on ? (a.id < b.id ? 1 : -1) : a.on < b.on ? 1 : -1));
}

export type ChaseProblem = 'noDate' | 'futureDate' | 'noWho' | 'noHow';

/** What is missing before a chase can be kept: when, who and how (so it stands as evidence). */
export function chaseProblems(
  c: { on: string; who: string; how: string | null },
  today: string,
): ChaseProblem[] {
  const problems: ChaseProblem[] = [];
  if (!isIsoDate(c.on)) problems.push('noDate');
  else if (c.on > today) problems.push('futureDate');
  if (!c.who.trim()) problems.push('noWho');
  if (!c.how) problems.push('noHow');
  return problems;
}

/** The report is late: its two weeks have passed and the person has not marked it received. */
export function reportIsLate(reviewDate: unknown, today: string, received: boolean): boolean {
  if (received || !isIsoDate(reviewDate)) return false;
  return today > addDays(reviewDate, REPORT_DUE_DAYS);
}

// The last copy of "Who has seen and changed my plan" fetched from the server, per plan, so the
// page can still show it offline (saying it is the last copy, and when it was fetched).
import type { AuditEntry } from '../shared/protocol';
import { db, type MyReviewDb } from './db';

export interface AuditCopy {
  fetchedAt: string;
  entries: AuditEntry[];
}

const key = (planId: string) => `audit:${planId}`;

export async function saveAuditCopy(
  planId: string,
  entries: AuditEntry[],
  d: MyReviewDb = db(),
): Promise<AuditCopy> {
  const copy = { fetchedAt: new Date().toISOString(), entries };
  await d.meta.put({ key: key(planId), value: copy });
  return copy;
}

export async function getAuditCopy(
  planId: string,
  d: MyReviewDb = db(),
): Promise<AuditCopy | undefined> {
  return (await d.meta.get(key(planId)))?.value as AuditCopy | undefined;
}

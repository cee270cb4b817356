// "Who has seen and changed my plan": the owner's audit from the server, checked, and kept as the
// last copy for when the device is offline.
import { saveAuditCopy, type AuditCopy } from '../data/auditCopy';
import type { MyReviewDb } from '../data/db';
import { AuditResponseSchema } from '../shared/protocol';
import type { Transport } from './transport';

export async function fetchPlanAudit(
  ctx: { db: MyReviewDb; transport: Transport },
  planId: string,
): Promise<AuditCopy> {
  const answer = AuditResponseSchema.parse(
    await ctx.transport.json('GET', `/api/plans/${encodeURIComponent(planId)}/audit`),
  );
  return saveAuditCopy(planId, answer.entries, ctx.db);
}

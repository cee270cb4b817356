// "Who has seen and changed my plan": the owner's audit from the server, checked, and kept as the
// last copy for when the device is offline.
import { saveAuditCopy, type AuditCopy } from '../data/auditCopy';
import type { MyReviewDb } from '../data/db';
import { AuditResponseSchema } from '../shared/protocol';
import { getAccount } from './account';
import { ApiError, type Transport } from './transport';

export async function fetchPlanAudit(
  ctx: { db: MyReviewDb; transport: Transport },
  planId: string,
): Promise<AuditCopy> {
  // Signed out: the server would only refuse (and the browser log a 401), so do not ask.
  if (!(await getAccount(ctx.db))) throw new ApiError(401, 'signed_out', 'Not signed in');
  const answer = AuditResponseSchema.parse(
    await ctx.transport.json('GET', `/api/plans/${encodeURIComponent(planId)}/audit`),
  );
  return saveAuditCopy(planId, answer.entries, ctx.db);
}

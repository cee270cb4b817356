// GET /api/plans/:planId/audit: who has seen and changed the plan. The owner's alone: a member,
// a stranger or a made-up plan all get the same refusal, so nothing is learnt by asking.
import type { FastifyInstance } from 'fastify';
import { AuditParamsSchema, type AuditResponse } from '../../shared/protocol';
import { requireUser, type ApiContext } from '../context';
import { HttpError, validate } from '../errors';
import { liveMembership } from '../protocol/members';
import { planAudit } from '../protocol/planAudit';

export function registerPlanAuditRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const db = ctx.store.db;
  const limited = { rateLimit: { max: ctx.apiLimit.max, timeWindow: ctx.apiLimit.windowMs } };

  app.get(
    '/api/plans/:planId/audit',
    { config: limited },
    async (request): Promise<AuditResponse> => {
      const { planId } = validate(AuditParamsSchema, request.params);
      const session = await requireUser(ctx, request);
      const member = await liveMembership(db, session.userId, planId);
      if (member?.role !== 'owner')
        throw new HttpError(403, 'forbidden', 'Only the person whose plan it is can see this.');
      return { entries: await planAudit(db, planId) };
    },
  );
}

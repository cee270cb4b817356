// The person's sharing API: list who shares their plan, change what a member may see and do, stop
// sharing. Owner only (checked live in protocol/sharing.ts); Origin-checked like every change
// (origin.ts); bodies are strict, so an unknown permission or role is refused, not ignored.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Uuid } from '../../shared/protocol';
import { PERMISSIONS } from '../../shared/sharing';
import { requireUser, type ApiContext } from '../context';
import { forbidden, HttpError, validate } from '../errors';
import { changeMember, listMembers, type ChangeResult } from '../protocol/sharing';

const PlanParams = z.strictObject({ planId: Uuid });
const MemberParams = z.strictObject({ planId: Uuid, userId: z.string().min(1).max(100) });
const ChangeBody = z
  .strictObject({
    role: z.enum(['supporter', 'family', 'viewer']).optional(),
    permissions: z.array(z.enum(PERMISSIONS)).max(PERMISSIONS.length).optional(),
  })
  .refine((b) => b.role !== undefined || b.permissions !== undefined, 'nothing to change');

function answer(result: ChangeResult) {
  if (result === 'forbidden') throw forbidden();
  if (result === 'not_found') throw new HttpError(404, 'not_found', 'There is nothing here.');
  return { result };
}

export function registerMemberRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const limited = { rateLimit: { max: ctx.apiLimit.max, timeWindow: ctx.apiLimit.windowMs } };
  const small = { config: limited, bodyLimit: 4_096 };

  app.get('/api/plans/:planId/members', { config: limited }, async (request) => {
    const { planId } = validate(PlanParams, request.params);
    const session = await requireUser(ctx, request);
    const members = await listMembers(ctx.store, session.userId, planId);
    if (!members) throw forbidden();
    return { members };
  });

  app.patch('/api/plans/:planId/members/:userId', small, async (request) => {
    const { planId, userId } = validate(MemberParams, request.params);
    const body = validate(ChangeBody, request.body);
    const session = await requireUser(ctx, request);
    const change = { kind: 'update' as const, ...body };
    return answer(await changeMember(ctx.store, session.userId, planId, userId, change));
  });

  app.post('/api/plans/:planId/members/:userId/stop', small, async (request) => {
    const { planId, userId } = validate(MemberParams, request.params);
    const session = await requireUser(ctx, request);
    return answer(await changeMember(ctx.store, session.userId, planId, userId, { kind: 'stop' }));
  });
}

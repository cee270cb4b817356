// Member management for the person (the owner): change what someone can do, stop sharing.
// Minimal: s1-enforce owns enforcement and may replace these with fuller endpoints of the same
// names. Membership is read live on every request, so a change applies from the next one.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ChangeMemberSchema } from '../../shared/invitations';
import { Uuid } from '../../shared/protocol';
import { audit } from '../audit';
import { requireUser, type ApiContext } from '../context';
import { HttpError, validate } from '../errors';
import { listPeople, requireOwner } from '../protocol/invitations';
import { nowIso, toJson } from '../store/json';

const PlanParams = z.strictObject({ planId: Uuid });
const MemberParams = z.strictObject({ planId: Uuid, userId: Uuid });
const noMember = () => new HttpError(404, 'not_member', 'This person is not in your plan.');

export function registerMemberRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const db = ctx.store.db;

  app.get('/api/plans/:planId/members', async (request) => {
    const { planId } = validate(PlanParams, request.params);
    const session = await requireUser(ctx, request);
    return { members: (await listPeople(db, session.userId, planId)).members };
  });

  app.patch('/api/plans/:planId/members/:userId', async (request) => {
    const { planId, userId } = validate(MemberParams, request.params);
    const body = validate(ChangeMemberSchema, request.body);
    const session = await requireUser(ctx, request);
    await requireOwner(db, session.userId, planId);
    if (userId === session.userId) throw noMember();
    const r = await db
      .updateTable('plan_members')
      .set({ role: body.role, scopes: toJson(body.permissions) })
      .where('plan_id', '=', planId)
      .where('user_id', '=', userId)
      .where('status', 'in', ['pending', 'active'])
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw noMember();
    await audit(db, {
      actor: session.userId,
      planId,
      action: 'member.changed',
      target: userId,
      details: { role: body.role, permissions: body.permissions.length },
    });
    return { role: body.role, permissions: body.permissions };
  });

  app.delete('/api/plans/:planId/members/:userId', async (request, reply) => {
    const { planId, userId } = validate(MemberParams, request.params);
    const session = await requireUser(ctx, request);
    await requireOwner(db, session.userId, planId);
    if (userId === session.userId) throw noMember();
    const r = await db
      .updateTable('plan_members')
      .set({ status: 'revoked', revoked_at: nowIso(), revoked_by: session.userId })
      .where('plan_id', '=', planId)
      .where('user_id', '=', userId)
      .where('status', 'in', ['pending', 'active'])
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw noMember();
    await audit(db, { actor: session.userId, planId, action: 'member.removed', target: userId });
    return reply.code(204).send();
  });
}

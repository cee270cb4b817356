// Invitations to share a plan: the person makes one, the invited person opens and accepts it, and
// the person confirms. The token and the code travel in request bodies, never in a URL, so they
// never reach a log.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CreateInvitationSchema, InviteKeySchema } from '../../shared/invitations';
import { Uuid } from '../../shared/protocol';
import { requireUser, type ApiContext } from '../context';
import { validate } from '../errors';
import {
  acceptInvitation,
  cancelInvitation,
  confirmMember,
  createInvitation,
  listPeople,
  openInvitation,
} from '../protocol/invitations';

const PlanParams = z.strictObject({ planId: Uuid });
const InvitationParams = z.strictObject({ planId: Uuid, invitationId: Uuid });
const MemberParams = z.strictObject({ planId: Uuid, userId: Uuid });
const Empty = z.strictObject({});

export function registerInvitationRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const db = ctx.store.db;
  const limited = { rateLimit: { max: ctx.authLimit.max, timeWindow: ctx.authLimit.windowMs } };

  app.post('/api/plans/:planId/invitations', async (request, reply) => {
    const { planId } = validate(PlanParams, request.params);
    const body = validate(CreateInvitationSchema, request.body);
    const session = await requireUser(ctx, request);
    return reply.code(201).send(await createInvitation(db, session.userId, planId, body));
  });

  app.delete('/api/plans/:planId/invitations/:invitationId', async (request, reply) => {
    const { planId, invitationId } = validate(InvitationParams, request.params);
    const session = await requireUser(ctx, request);
    await cancelInvitation(db, session.userId, planId, invitationId);
    return reply.code(204).send();
  });

  app.get('/api/plans/:planId/people', async (request) => {
    const { planId } = validate(PlanParams, request.params);
    const session = await requireUser(ctx, request);
    return listPeople(db, session.userId, planId);
  });

  app.post('/api/plans/:planId/members/:userId/confirm', async (request) => {
    const { planId, userId } = validate(MemberParams, request.params);
    validate(Empty, request.body ?? {});
    const session = await requireUser(ctx, request);
    await confirmMember(db, session.userId, planId, userId);
    return { status: 'active' };
  });

  // Opening and accepting need a session: the invited person signs in first (as today).
  app.post('/api/invitations/open', { config: limited }, async (request) => {
    const key = validate(InviteKeySchema, request.body);
    await requireUser(ctx, request);
    return openInvitation(db, key, request.ip);
  });

  app.post('/api/invitations/accept', { config: limited }, async (request) => {
    const key = validate(InviteKeySchema, request.body);
    const session = await requireUser(ctx, request);
    return acceptInvitation(db, session.userId, key, request.ip);
  });
}

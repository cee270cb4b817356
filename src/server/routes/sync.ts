// The sync API: claim a plan made before sign-in, push changes, pull changes.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ClaimRequestSchema, PullRequestSchema, PushRequestSchema } from '../../shared/protocol';
import { requireUser, type ApiContext } from '../context';
import { deviceLabel } from '../deviceLabel';
import { forbidden, HttpError, validate } from '../errors';
import { bindClient } from '../protocol/clients';
import { noteLooked } from '../protocol/planAudit';
import { claimPlan } from '../protocol/plans';
import { pull } from '../protocol/pull';
import { push } from '../protocol/push';

export function registerSyncRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const db = ctx.store.db;
  const limited = { rateLimit: { max: ctx.apiLimit.max, timeWindow: ctx.apiLimit.windowMs } };

  /** Validates first (nothing is read for a bad request), then the session, then the device. */
  async function actor(request: FastifyRequest, clientId: string) {
    const session = await requireUser(ctx, request);
    const label = deviceLabel(request.headers['user-agent']);
    if (!(await bindClient(db, clientId, session.userId, label))) throw forbidden();
    return { userId: session.userId, clientId };
  }

  app.post('/api/sync/claim', { config: limited }, async (request, reply) => {
    const body = validate(ClaimRequestSchema, request.body);
    const who = await actor(request, body.clientId);
    const result = await claimPlan(db, who.userId, body.planId);
    if (result === 'forbidden')
      throw new HttpError(403, 'forbidden', 'This plan belongs to another account.');
    return reply.code(result === 'created' ? 201 : 200).send({ planId: body.planId, result });
  });

  app.post('/api/sync/push', { config: limited }, async (request) => {
    const body = validate(PushRequestSchema, request.body);
    const who = await actor(request, body.clientId);
    return { results: await push(ctx.store, who, body.mutations) };
  });

  app.post('/api/sync/pull', { config: limited }, async (request) => {
    const body = validate(PullRequestSchema, request.body);
    const who = await actor(request, body.clientId);
    const answer = await pull(ctx.store, who.userId, body);
    await noteLooked(db, who.userId, answer.plans);
    return answer;
  });
}

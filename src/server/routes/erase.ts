// Deleting an account and leaving a plan (issue 12 item 3). Erasure needs a sign-in made in the
// last ten minutes, so a tablet left signed in cannot be used to wipe someone's plan; the body
// must say confirm: true, so a stray request erases nothing.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Uuid } from '../../shared/protocol';
import { endSession } from '../auth/sessions';
import { requireUser, type ApiContext } from '../context';
import { forbidden, HttpError, validate } from '../errors';
import { eraseAccount, isFresh, leavePlan, wasErased } from '../protocol/erase';

const EraseBody = z.strictObject({ confirm: z.literal(true) });
const PlanParams = z.strictObject({ planId: Uuid });

export function registerEraseRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const limited = { rateLimit: { max: ctx.apiLimit.max, timeWindow: ctx.apiLimit.windowMs } };
  const small = { config: limited, bodyLimit: 1_024 };

  app.post('/api/account/erase', small, async (request, reply) => {
    validate(EraseBody, request.body);
    const session = await requireUser(ctx, request);
    if (!isFresh(session.createdAt)) {
      throw new HttpError(403, 'sign_in_again', 'Please sign in again to delete your account.');
    }
    const result = await eraseAccount(ctx.store, session.userId);
    await endSession(ctx.store.db, request, reply);
    return { erased: true, plans: result.plans };
  });

  app.post('/api/plans/:planId/leave', small, async (request) => {
    const { planId } = validate(PlanParams, request.params);
    const session = await requireUser(ctx, request);
    const result = await leavePlan(ctx.store, session.userId, planId);
    if (result === 'forbidden') throw forbidden();
    if (result === 'not_found') throw new HttpError(404, 'not_found', 'There is nothing here.');
    return { result };
  });

  // No sign-in needed: the person's other device was signed out by the erasure itself, and must
  // still learn to delete its copy. Yes or no for a random plan id tells nobody anything else.
  app.get('/api/plans/:planId/erased', { config: limited }, async (request) => {
    const { planId } = validate(PlanParams, request.params);
    const erased = await wasErased(ctx.store, [planId]);
    return { erased: erased.has(planId) };
  });
}

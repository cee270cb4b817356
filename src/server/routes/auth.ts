// Sign-in without memory tests: passkeys first, a 6-digit email code as the fallback.
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  EmailStartSchema,
  EmailVerifySchema,
  EmptySchema,
  PasskeyLoginSchema,
  PasskeyRegisterSchema,
} from '../../shared/auth';
import { audit } from '../audit';
import { accountOf, userForEmail } from '../auth/account';
import { consumeCode, issueCode } from '../auth/emailCode';
import {
  loginOptions,
  registrationOptions,
  verifyLogin,
  verifyRegistration,
  type RelyingParty,
} from '../auth/passkeys';
import { endSession, startSession } from '../auth/sessions';
import { expectedOrigins, relyingPartyId, requireUser, type ApiContext } from '../context';
import { validate } from '../errors';

function rp(ctx: ApiContext, request: FastifyRequest): RelyingParty {
  return { id: relyingPartyId(ctx, request), origins: expectedOrigins(ctx, request) };
}

export function registerAuthRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const db = ctx.store.db;
  const limited = {
    rateLimit: { max: ctx.authLimit.max, timeWindow: ctx.authLimit.windowMs },
  };

  // The device's client id is bound on its first sync, not here: a device that changes hands
  // gets a new id before it syncs, and a sign-in code is never spent on a refusal.
  async function signIn(
    request: FastifyRequest,
    reply: FastifyReply,
    userId: string,
    method: string,
  ) {
    await startSession(db, request, reply, userId);
    await audit(db, { actor: userId, action: 'auth.signed_in', details: { method } });
    return accountOf(db, userId);
  }

  app.post('/api/auth/email/start', { config: limited }, async (request) => {
    const { email, language } = validate(EmailStartSchema, request.body);
    const { challengeId, code } = await issueCode(db, email);
    const delivery = await ctx.mailer.sendSignInCode(
      email,
      code,
      ctx.signInEmails.message(code, language),
    );
    await audit(db, { actor: null, action: 'auth.code_sent' });
    return { challengeId, delivery };
  });

  app.post('/api/auth/email/verify', { config: limited }, async (request, reply) => {
    const body = validate(EmailVerifySchema, request.body);
    let email: string;
    try {
      email = await consumeCode(db, body.challengeId, body.code);
    } catch (error) {
      await audit(db, { actor: null, action: 'auth.code_failed' });
      throw error;
    }
    return signIn(request, reply, await userForEmail(db, email), 'email');
  });

  app.post('/api/auth/passkey/login/options', { config: limited }, async (request) => {
    validate(EmptySchema, request.body);
    return loginOptions(db, rp(ctx, request));
  });

  app.post('/api/auth/passkey/login/verify', { config: limited }, async (request, reply) => {
    const body = validate(PasskeyLoginSchema, request.body);
    let userId: string;
    try {
      userId = await verifyLogin(
        db,
        rp(ctx, request),
        body.challengeId,
        body.response as AuthenticationResponseJSON,
      );
    } catch (error) {
      await audit(db, { actor: null, action: 'auth.passkey_failed' });
      throw error;
    }
    return signIn(request, reply, userId, 'passkey');
  });

  app.post('/api/auth/passkey/register/options', { config: limited }, async (request) => {
    validate(EmptySchema, request.body);
    const session = await requireUser(ctx, request);
    const account = await accountOf(db, session.userId);
    return registrationOptions(db, rp(ctx, request), {
      id: account.userId,
      email: account.email,
      name: account.name,
    });
  });

  app.post('/api/auth/passkey/register/verify', { config: limited }, async (request) => {
    const body = validate(PasskeyRegisterSchema, request.body);
    const session = await requireUser(ctx, request);
    await verifyRegistration(
      db,
      rp(ctx, request),
      session.userId,
      body.challengeId,
      body.response as RegistrationResponseJSON,
    );
    await audit(db, { actor: session.userId, action: 'auth.passkey_added' });
    return accountOf(db, session.userId);
  });

  app.get('/api/auth/session', async (request) => {
    const session = await requireUser(ctx, request);
    return accountOf(db, session.userId);
  });

  app.post('/api/auth/logout', async (request, reply) => {
    validate(EmptySchema, request.body ?? {});
    const userId = await endSession(db, request, reply);
    if (userId) await audit(db, { actor: userId, action: 'auth.signed_out' });
    // Cookies only: the person's work on the device is theirs to keep or remove, after asking.
    reply.header('Clear-Site-Data', '"cookies"');
    return reply.code(204).send();
  });
}

import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { resolve } from 'node:path';
import { createMailer, type Mailer } from './auth/mailer';
import { signInEmails } from './auth/signInEmail';
import type { ServerConfig } from './config';
import type { ApiContext, RateLimit } from './context';
import { HttpError } from './errors';
import { registerSecurityHeaders } from './headers';
import { registerOriginCheck } from './origin';
import { registerAuthRoutes } from './routes/auth';
import { registerDeliveryRoutes } from './routes/deliveries';
import { registerEraseRoutes } from './routes/erase';
import { registerHealth } from './routes/health';
import { registerInvitationRoutes } from './routes/invitations';
import { registerMediaRoutes } from './routes/media';
import { registerMemberRoutes } from './routes/members';
import { registerPlanAuditRoutes } from './routes/planAudit';
import { registerSyncRoutes } from './routes/sync';
import { registerStatic } from './static';
import { openStore, type Store } from './store/database';
import { DEFAULT_GRACE_MS, scheduleMediaSweep } from './media/sweep';

/** 256 KiB: a sync push of 100 answers fits many times over; media has its own route and limit. */
export const BODY_LIMIT = 256 * 1024;

export interface BuildOptions
  extends
    Pick<ServerConfig, 'distDir' | 'logLevel' | 'dataDir'>,
    Partial<Omit<ServerConfig, 'distDir' | 'logLevel' | 'dataDir'>> {
  /** Tests read sign-in codes from their own mailer instead of the log. */
  mailer?: Mailer;
  /** A PostgreSQL schema of its own (tests). */
  pgSchema?: string;
  /** An already open database (the convergence test restarts servers on one database). */
  store?: Store;
  authLimit?: RateLimit;
  apiLimit?: RateLimit;
  /** Where the log goes (tests read it); standard output otherwise. */
  loggerStream?: NodeJS.WritableStream;
}

const MESSAGES: Record<number, [string, string]> = {
  401: ['signed_out', 'Please sign in to save your work to the server.'],
  403: ['forbidden', 'This is not yours to change.'],
  404: ['not_found', 'There is nothing here.'],
  413: ['too_large', 'This is too big to send.'],
  415: ['unsupported', 'This kind of file cannot be used.'],
  429: ['too_many', 'Please wait a few minutes and try again.'],
};

export async function buildServer(config: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy ?? false,
    logger: {
      level: config.logLevel,
      ...(config.loggerStream ? { stream: config.loggerStream } : {}),
      // Never log what people write, nor anything that could sign someone in.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      // Database errors can carry the values of a row (PostgreSQL's "detail": Key (email)=(…)):
      // log what failed and where, never those values.
      serializers: {
        err: (e: Error & { code?: unknown }) => ({
          type: e.name,
          code: typeof e.code === 'string' ? e.code : undefined,
          message: e.message,
          stack: e.stack ?? '',
        }),
      },
    },
    // Request lines would put paths and ids of people's plans in the log: only when debugging.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' }),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  registerSecurityHeaders(app, config.distDir);
  // Graceful shutdown: requests in flight finish, and their connections close after the answer
  // instead of idling for the keep-alive timeout (so a deploy takes moments, not minutes).
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('Connection', 'close');
  });
  app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    if (error instanceof HttpError) {
      return reply.code(error.statusCode).send({ error: error.code, message: error.message });
    }
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const [code, message] =
      MESSAGES[status] ??
      (status >= 500
        ? ['server_error', 'Something went wrong on the server. Your work is safe on your device.']
        : ['bad_request', 'This request was not understood.']);
    return reply.code(status).send({ error: code, message });
  });

  const store =
    config.store ??
    (await openStore({
      dataDir: config.dataDir,
      databaseUrl: config.databaseUrl,
      pgSchema: config.pgSchema,
    }));
  if (!config.store) app.addHook('onClose', () => store.close());

  const ctx: ApiContext = {
    store,
    mailer: config.mailer ?? createMailer(config, app.log),
    signInEmails: signInEmails(config.localesDir ?? resolve('locales')),
    origins: config.origins,
    authLimit: config.authLimit ?? { max: 30, windowMs: 10 * 60_000 },
    apiLimit: config.apiLimit ?? { max: 600, windowMs: 60_000 },
  };
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  registerOriginCheck(app, ctx);
  registerHealth(app, store);
  registerAuthRoutes(app, ctx);
  registerSyncRoutes(app, ctx);
  registerMediaRoutes(app, ctx);
  registerInvitationRoutes(app, ctx);
  registerMemberRoutes(app, ctx);
  registerPlanAuditRoutes(app, ctx);
  registerDeliveryRoutes(app, ctx);
  registerEraseRoutes(app, ctx);
  registerStatic(app, config.distDir);
  // Off unless configured (main.ts reads MEDIA_SWEEP_MINUTES; tests call the sweep themselves).
  const stopSweep = scheduleMediaSweep(
    store,
    (config.mediaSweepMinutes ?? 0) * 60_000,
    config.mediaGraceHours !== undefined ? config.mediaGraceHours * 3_600_000 : DEFAULT_GRACE_MS,
    app.log,
  );
  app.addHook('onClose', async () => stopSweep());
  return app;
}

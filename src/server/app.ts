import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config';
import { registerSecurityHeaders } from './headers';
import { registerHealth } from './routes/health';
import { registerStatic } from './static';

/** 256 KiB: a sync push of 100 answers fits many times over; media has its own route and limit. */
export const BODY_LIMIT = 256 * 1024;

export async function buildServer(
  config: Pick<ServerConfig, 'distDir' | 'logLevel' | 'dataDir'>,
): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: {
      level: config.logLevel,
      // Never log what people write, nor anything that could sign someone in.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    // Request lines would put paths and ids of people's plans in the log: only when debugging.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' }),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  });
  registerSecurityHeaders(app);
  app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const message =
      status === 413
        ? 'This is too big to send.'
        : status >= 500
          ? 'Something went wrong on the server. Your work is safe on your device.'
          : 'This request was not understood.';
    return reply
      .code(status)
      .send({ error: status === 413 ? 'too_large' : 'bad_request', message });
  });
  registerHealth(app);
  registerStatic(app, config.distDir);
  return app;
}

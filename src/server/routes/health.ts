import type { FastifyInstance } from 'fastify';
import { ping, type Store } from '../store/database';

/** For load balancers and people: is the server up, and is its database answering? */
export function registerHealth(app: FastifyInstance, store: Store): void {
  app.get('/api/health', async (_request, reply) => {
    const ok = await ping(store);
    return reply.code(ok ? 200 : 503).send({
      status: ok ? 'ok' : 'error',
      database: store.dialect,
      uptimeSeconds: Math.round(process.uptime()),
    });
  });
}

// Cross-site request forgery defence in depth (SameSite=Strict cookies are the first line): every
// request that changes something must come from our own origin, said by the browser's Origin
// header. No CORS headers are ever sent, so other sites cannot read our answers either.
import type { FastifyInstance } from 'fastify';
import { expectedOrigins, type ApiContext } from './context';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerOriginCheck(app: FastifyInstance, ctx: ApiContext): void {
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE.has(request.method) || !request.url.startsWith('/api/')) return;
    const origin = request.headers.origin;
    if (!origin || !expectedOrigins(ctx, request).includes(origin)) {
      return reply
        .code(403)
        .send({ error: 'bad_origin', message: 'This request did not come from My Review.' });
    }
  });
}

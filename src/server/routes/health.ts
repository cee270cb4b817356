import type { FastifyInstance } from 'fastify';

declare const __SERVER_VERSION__: string | undefined;

export function registerHealth(app: FastifyInstance): void {
  app.get('/api/health', async () => ({
    status: 'ok',
    uptimeSeconds: Math.round(process.uptime()),
  }));
}

// The server side of bench/sync.ts, in its own process as in production: the benchmark talks to
// it over loopback HTTP. Sign-in codes go to the parent process instead of an inbox.
import { buildServer } from '../src/server/app';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const app = await buildServer({
  distDir: join(tmpdir(), 'my-review-no-dist'),
  logLevel: 'silent',
  dataDir: process.env.BENCH_DATA_DIR!,
  databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
  pgSchema: process.env.BENCH_PG_SCHEMA || undefined,
  mailer: {
    async sendSignInCode(to, code) {
      process.send!({ code });
      return 'email' as const;
    },
  },
  authLimit: { max: 1e9, windowMs: 60_000 },
  apiLimit: { max: 1e9, windowMs: 60_000 },
});
await app.listen({ port: 0, host: '127.0.0.1' });
process.send!({ port: (app.server.address() as { port: number }).port });
// If the benchmark stops early, do not linger.
process.on('disconnect', () => void app.close().then(() => process.exit(0)));
process.on('message', (m: { stop?: boolean; cpu?: boolean }) => {
  if (m.cpu) {
    const { user, system } = process.cpuUsage();
    process.send!({ cpuMs: (user + system) / 1000 });
  }
  if (m.stop) void app.close().then(() => process.exit(0));
});

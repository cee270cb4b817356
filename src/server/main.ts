// Starts My Review's server: the built PWA and the sync API on one origin.
//   PORT (8080)  HOST (0.0.0.0)  DATA_DIR (./data)  DIST_DIR (./dist)  LOCALES_DIR (./locales)  LOG_LEVEL (info)
//   DATABASE_URL (unset: SQLite in DATA_DIR; postgres://… for PostgreSQL)
//   SMTP_URL, MAIL_FROM (unset: sign-in codes are written to this log)
//   ORIGIN (the public origin(s), comma-separated, behind a proxy)  TRUST_PROXY (true behind one)
//   MEDIA_SWEEP_MINUTES (60; 0: never) how often unused photos and recordings are deleted,
//   MEDIA_GRACE_HOURS (24) once they have been unused at least this long since their upload
import { mkdir } from 'node:fs/promises';
import { buildServer } from './app';
import { readConfig } from './config';

const config = readConfig();
await mkdir(config.dataDir, { recursive: true });
const app = await buildServer(config);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: finishing requests in flight, then stopping`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await app.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ port: config.port, host: config.host });
const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
app.log.info(`My Review is running at http://${shown}:${config.port}`);
app.log.info(
  config.databaseUrl
    ? 'Database: PostgreSQL (DATABASE_URL)'
    : `Database: SQLite in ${config.dataDir}`,
);
if (!config.smtpUrl) app.log.info('No email server (SMTP_URL): sign-in codes appear in this log.');

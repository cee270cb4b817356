import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  /** Where the server keeps its data (the SQLite database). */
  dataDir: string;
  /** The built PWA to serve. */
  distDir: string;
  /** The app's words (locales/), for the sign-in email in the person's language. */
  localesDir: string;
  /** Log level for pino; 'silent' in tests. */
  logLevel: string;
  /** postgres://… to use PostgreSQL instead of the embedded SQLite file. */
  databaseUrl?: string;
  /** smtp(s)://user:pass@host:port to send sign-in codes by email; without it they are logged. */
  smtpUrl?: string;
  mailFrom?: string;
  /**
   * The public origin(s) people use (https://myreview.example). Needed behind a proxy that
   * changes the Host header; otherwise the request's own origin is expected.
   */
  origins?: string[];
  /** Behind a load balancer that sets X-Forwarded-Proto/Host. */
  trustProxy: boolean;
  /** How often to delete photos and recordings no record uses (minutes; 0: never). */
  mediaSweepMinutes: number;
  /** How old an unused photo must be before the sweep deletes it (hours since its upload). */
  mediaGraceHours: number;
}

function minutesOrHours(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0)
    throw new Error(`${name} must be a number 0 or more, not "${raw}"`);
  return n;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new Error('DATABASE_URL must start with postgres:// (leave it unset to use SQLite)');
  const origins = env.ORIGIN?.split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    distDir: resolve(env.DIST_DIR ?? './dist'),
    localesDir: resolve(env.LOCALES_DIR ?? './locales'),
    logLevel: env.LOG_LEVEL ?? 'info',
    databaseUrl,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || undefined,
    origins: origins?.length ? origins : undefined,
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
    mediaSweepMinutes: minutesOrHours('MEDIA_SWEEP_MINUTES', env.MEDIA_SWEEP_MINUTES, 60),
    mediaGraceHours: minutesOrHours('MEDIA_GRACE_HOURS', env.MEDIA_GRACE_HOURS, 24),
  };
}

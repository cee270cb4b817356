import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  /** Where the server keeps its data (the SQLite database, uploaded media). */
  dataDir: string;
  /** The built PWA to serve. */
  distDir: string;
  /** Log level for pino; 'silent' in tests. */
  logLevel: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    distDir: resolve(env.DIST_DIR ?? './dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}

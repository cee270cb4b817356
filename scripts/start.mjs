// npm start: builds the app if the build is missing or older than the sources, then starts the
// server (the PWA and the sync API on one port, with the embedded database under DATA_DIR).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'dist/index.html');
const SOURCES = [
  'src',
  'locales',
  'assets',
  'public',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
];

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = 0;
  for (const entry of readdirSync(path)) {
    if (path.endsWith('src') && entry === 'server') continue; // the server is not part of the build
    m = Math.max(m, newest(join(path, entry)));
  }
  return m;
}

const sourceTime = Math.max(
  ...SOURCES.map((p) => join(root, p))
    .filter(existsSync)
    .map(newest),
);
if (!existsSync(built) || statSync(built).mtimeMs < sourceTime) {
  console.log('Building My Review…');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// The server finishes requests in flight on SIGTERM/SIGINT; pass those on and exit with it.
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

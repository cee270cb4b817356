// npm start: builds the app and the server if either build is missing or older than its sources,
// then starts the server (the PWA and the sync API on one port, with the embedded database under
// DATA_DIR). The server runs as plain JavaScript (dist-server/main.js): no TypeScript loader.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer, SERVER_OUT } from './build/server.mjs';

const root = new URL('..', import.meta.url).pathname;

/** The newest modification time under these paths, leaving out folders named in `skip`. */
function newest(paths, skip = []) {
  const walk = (path) => {
    const s = statSync(path);
    if (!s.isDirectory()) return s.mtimeMs;
    let m = 0;
    for (const entry of readdirSync(path)) {
      const child = join(path, entry);
      if (!skip.some((p) => child === join(root, p))) m = Math.max(m, walk(child));
    }
    return m;
  };
  return Math.max(
    ...paths
      .map((p) => join(root, p))
      .filter(existsSync)
      .map(walk),
  );
}
const stale = (built, sources) =>
  !existsSync(join(root, built)) || statSync(join(root, built)).mtimeMs < sources;

// The app: everything but the server's own code.
const APP = ['src', 'locales', 'assets', 'public', 'index.html', 'vite.config.ts', 'scripts/build'];
// index.html.br: written in the build's last step, so a build cut short counts as missing.
if (stale('dist/index.html.br', newest([...APP, 'package-lock.json'], ['src/server']))) {
  console.log('Building My Review…');
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// The server: its own code and the shared code it compiles in.
if (stale(SERVER_OUT, newest(['src/server', 'src/shared', 'scripts/build', 'package-lock.json']))) {
  console.log('Building the server…');
  await buildServer();
}

// The server finishes requests in flight on SIGTERM/SIGINT; pass those on and exit with it.
const server = spawn(process.execPath, ['--enable-source-maps', SERVER_OUT], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

// The real server process, as npm start runs it (compiled to plain JavaScript, no TypeScript
// loader): starts on PORT/HOST with DATA_DIR, and on SIGTERM finishes what it is doing and exits
// cleanly (a deploy or a restart never cuts a save in half).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, SERVER_OUT } from '../../scripts/build/server.mjs';

beforeAll(async () => {
  await buildServer();
}, 60_000);

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('the server process', () => {
  it('uses PORT, HOST and DATA_DIR, and stops cleanly on SIGTERM', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'my-review-proc-')), 'data');
    dirs.push(dataDir);
    const port = await freePort();
    const child = spawn(process.execPath, [SERVER_OUT], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );

    let health: Response | null = null;
    for (let i = 0; i < 100 && !health; i++) {
      health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
      if (!health) await new Promise((r) => setTimeout(r, 100));
    }
    expect(health?.status).toBe(200);
    expect(existsSync(dataDir)).toBe(true);
    expect(log).toContain(`My Review is running at http://127.0.0.1:${port}`);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log).toContain('SIGTERM: finishing requests in flight, then stopping');
  });
});

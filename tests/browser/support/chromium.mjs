// Finds the system Chromium for Playwright. Browser downloads are blocked on our machines, so we
// never run `npx playwright install`: we drive Debian's chromium package (or CHROMIUM_PATH).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_HELP =
  'No Chromium found. Install it with: apt-get install -y chromium\n' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary.';

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.\n${CHROMIUM_HELP}`);
    return fromEnv;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH: try the next name
    }
  }
  return null;
}

/** Flags for a headless Chromium on a machine with no internet but the npm registry. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

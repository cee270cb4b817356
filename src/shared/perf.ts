// User Timing marks the benchmark reads (bench/run.mjs): app:boot when the script starts,
// app:ready when the first screen shows the person's own data. They cost nothing to keep.
let ready = false;
let resolveReady: () => void = () => undefined;
/** Settles at app:ready: work the first screen does not need waits for it (src/app/afterStart.ts). */
export const appReady = new Promise<void>((resolve) => (resolveReady = resolve));

export function markBoot(): void {
  performance.mark('app:boot');
}

export function markAppReady(): void {
  if (ready) return;
  ready = true;
  resolveReady();
  try {
    performance.measure('app:ready', 'app:boot');
  } catch {
    // no app:boot mark (a test rendering one screen): nothing to measure
  }
}

/** How long work that waits for app:ready waits at most: screens other than Home never mark it. */
export const LATEST_MS = 3_000;

/** Runs work once the first screen is ready (or after a few seconds at the latest). */
export function whenFirstScreenReady(work: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(latest);
    work();
  };
  const latest = setTimeout(once, LATEST_MS);
  void appReady.then(once);
}

let partsGate: Promise<void> | undefined;

/**
 * Starting at Home, the parts of screens that load their own code (src/ui/Lazy.tsx) wait until
 * the person's name shows: their code otherwise ran in the middle of Home's first read of the
 * database and held it up. Elsewhere, and in tests, nothing waits.
 */
export function holdPartsUntilReady(): void {
  partsGate = new Promise((resolve) => whenFirstScreenReady(resolve));
}

/** Undefined when parts may load at once. */
export function partsMayLoad(): Promise<void> | undefined {
  return partsGate;
}

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

// Start-up work the first screen does not need waits for app:ready (src/app/afterStart.ts).
import { describe, expect, it, vi } from 'vitest';
import { afterFirstScreen } from '../../../src/app/afterStart';
import { markAppReady } from '../../../src/shared/perf';

describe('work after the first screen', () => {
  it('waits for the first screen to be ready, and a cancelled one never runs', async () => {
    const later = vi.fn();
    const cancelledWork = vi.fn();
    afterFirstScreen(later);
    const cancel = afterFirstScreen(cancelledWork);
    await new Promise((r) => setTimeout(r, 20));
    expect(later).not.toHaveBeenCalled();
    cancel();
    markAppReady();
    await vi.waitFor(() => expect(later).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(cancelledWork).not.toHaveBeenCalled();
  });
});

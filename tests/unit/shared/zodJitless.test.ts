// The first screen sets zod's jitless setting without importing zod (src/app/zodJitless.ts): zod
// must read it from there, or it would try `new Function` and the CSP would report a violation.
import { describe, expect, it } from 'vitest';

describe('zod without compiling validators', () => {
  it('reads the jitless setting the first screen wrote before zod loaded', async () => {
    await import('../../../src/app/zodJitless');
    const { config } = await import('zod/v4/core');
    expect(config().jitless).toBe(true);
  });
});

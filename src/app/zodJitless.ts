// zod 4 probes once whether it may compile validators with `new Function`; our
// Content-Security-Policy forbids that, so the probe shows up as a CSP violation in the browser.
// jitless skips the probe (and compiling). zod keeps its settings on globalThis.__zod_globalConfig
// and reads them when a schema is built, so this module sets it there without importing zod: zod
// stays off the first screen, and this still runs before any module that builds a
// schema (src/app/main.tsx imports it first). tests/unit/shared/zodJitless.test.ts checks zod reads it.
const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(scope.__zod_globalConfig ??= {}).jitless = true;

export {};

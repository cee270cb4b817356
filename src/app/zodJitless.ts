// zod 4 probes once whether it may compile validators with `new Function`; our
// Content-Security-Policy forbids that, so the probe shows up as a CSP violation in the browser.
// jitless skips the probe (and compiling), and zod reads it when a schema is built, so this
// module runs first, before any module that builds a schema (src/app/main.tsx imports it first).
import { config } from 'zod/v4/core';

config({ jitless: true });

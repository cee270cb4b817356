import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { MyReviewDb, useDatabase } from '../../src/data/db';
import { forgetClientIdCache } from '../../src/data/records';
import { initI18n } from '../../src/i18n/i18n';

// jsdom lacks CSS.escape; react-aria's Modal calls it.
const g = globalThis as unknown as { CSS?: { escape?: (s: string) => string } };
if (!g.CSS?.escape) {
  g.CSS = Object.assign(g.CSS ?? {}, {
    escape: (s: string) => String(s).replace(/[^\w-]/g, (c) => '\\' + c),
  });
}

initI18n('en');

let n = 0;
beforeEach(() => {
  useDatabase(new MyReviewDb(`component-${process.pid}-${++n}`));
  forgetClientIdCache();
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

// Preact runs effects after the next frame, with a 100 ms timer as a fallback that calls
// cancelAnimationFrame, and some effect clean-ups run on a timer after unmount (react-aria's
// usePress restores text selection there). If a file ends within that time, they fire after jsdom
// has gone ("cancelAnimationFrame is not defined", "HTMLElement is not defined"). Let them pass.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));

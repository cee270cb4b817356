import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { forgetClientIdCache } from '../../src/data/records';
import { MyReviewDb, useDatabase } from '../../src/data/db';

let n = 0;
// A fresh database for every test: no test sees another's data.
beforeEach(() => {
  useDatabase(new MyReviewDb(`test-${process.pid}-${++n}`));
  forgetClientIdCache();
});
afterEach(() => {
  (globalThis as { localStorage?: Storage }).localStorage?.clear();
});

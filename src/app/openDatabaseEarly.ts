// Starts opening IndexedDB before the rest of the first screen's modules run. Opening is done by
// the browser, off the main thread, so it overlaps with evaluating preact, react-aria and the
// screens (about 120 ms at 4× CPU slowdown) instead of starting after them. A failure shows up at
// the first real query, as before.
import { openDatabase } from '../data/db';

// Not at build time: the prerender (in Node, no IndexedDB) loads the first screen's modules too.
if (typeof indexedDB !== 'undefined') void openDatabase();

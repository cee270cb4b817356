// How much JavaScript the app sends, measured one way for both the benchmark (bench/run.mjs,
// against the targets) and npm test (scripts/test.mjs, against the limits).
//   first screen: the entry script and every module index.html preloads (gzip, level 9);
//   all: every script the build made, every screen's included, with the words of one language
//        (English): a tablet loads only the language the person chose. Each other language's
//        words are reported beside it (locale-<code>-*.js, named so by vite.config.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * KiB, gzip. A target is what we aim for (the benchmark reports it); a limit fails npm test. The
 * first screen's limit holds: what the person waits for before they can start. All screens
 * together (each loaded only when opened, all precached once) are held to 350 KiB: the
 * settings' two lists became radio cards (no drop-down, 34 KiB) and the shared checks zod/mini
 * (15.5 KiB) to come back under it after the after-review, sharing and My data screens.
 */
export const JS_BUDGETS = {
  firstScreen: { target: 70, limit: 90 },
  all: { target: 250, limit: 350 },
};

const KiB = 1024;
const round = (x) => Math.round(x * 10) / 10;
export const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The scripts the first screen loads before it runs, as index.html names them. */
export function firstScreenScripts(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [
    ...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => join(dist, m[1]));
}

const LOCALE_CHUNK = /^locale-([^-]+)-/;

/**
 * { firstScreen, all, languages } in KiB (gzip, one decimal) for the build in dist; languages:
 * the words of each language but English, which `all` leaves out.
 */
export function jsSizes(dist) {
  const files = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const kib = (names) =>
    round(names.reduce((n, f) => n + gzipBytes(join(dist, 'assets', f)), 0) / KiB);
  const languageOf = (f) => LOCALE_CHUNK.exec(f)?.[1] ?? 'en';
  const others = [...new Set(files.map(languageOf))].filter((l) => l !== 'en').sort();
  return {
    firstScreen: kib(firstScreenScripts(dist).map((f) => f.slice(join(dist, 'assets').length + 1))),
    all: kib(files.filter((f) => languageOf(f) === 'en')),
    languages: Object.fromEntries(
      others.map((l) => [l, kib(files.filter((f) => languageOf(f) === l))]),
    ),
  };
}

/** The sizes over their limits, in words; empty when within every limit. */
export function overLimits(sizes) {
  const over = [];
  if (sizes.firstScreen > JS_BUDGETS.firstScreen.limit)
    over.push(`first-screen JS ${sizes.firstScreen} KiB > ${JS_BUDGETS.firstScreen.limit} KiB`);
  if (sizes.all > JS_BUDGETS.all.limit)
    over.push(`all JS ${sizes.all} KiB > ${JS_BUDGETS.all.limit} KiB`);
  return over;
}

// node bench/sizes.mjs [dist]: the sizes of a build, and exit 1 when one is over its limit.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const dist = process.argv[2] ?? 'dist';
  const sizes = jsSizes(dist);
  const over = overLimits(sizes);
  console.log(
    `first-screen JS ${sizes.firstScreen} KiB (target ${JS_BUDGETS.firstScreen.target}, limit ${JS_BUDGETS.firstScreen.limit}); ` +
      `all JS ${sizes.all} KiB (target ${JS_BUDGETS.all.target}, limit ${JS_BUDGETS.all.limit}), gzip` +
      Object.entries(sizes.languages)
        .map(([l, k]) => `; words in ${l} ${k} KiB`)
        .join(''),
  );
  for (const o of over) console.log(`Over the limit: ${o}`);
  process.exit(over.length ? 1 : 0);
}

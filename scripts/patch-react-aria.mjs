// Makes react-aria work under preact/compat. Runs on every install (package.json "postinstall").
// Idempotent, and it fails loudly if react-aria's code changes shape, so a bump cannot silently
// undo a fix. Each fix has a browser test in tests/browser/kit.spec.ts.
//
// createEventHandler copies events with {...e}. React's synthetic events have own properties;
// Preact passes native events whose key/currentTarget are prototype getters, so the copy lost them
// and every useKeyboard handler (Escape closing a dialog, arrow keys) silently did nothing.
// (react-aria's collections — Select, ListBox, Menu — needed a fix of their own under Preact 11; the
// app uses none since its two lists became radio cards, so that fix went with them.)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let root;
try {
  root = dirname(require.resolve('react-aria/package.json'));
} catch {
  process.exit(0); // react-aria not installed yet (e.g. a partial install): nothing to patch
}
const dist = join(root, 'dist', 'private');
const MARK = '/* preact-patched */';
let changed = 0;

function patch(rel, fn) {
  let found = 0;
  for (const ext of ['mjs', 'cjs', 'js']) {
    const file = join(dist, `${rel}.${ext}`);
    if (!existsSync(file)) continue;
    found++;
    const src = readFileSync(file, 'utf8');
    if (src.includes(MARK)) continue;
    const out = fn(src);
    if (out === src) throw new Error(`patch-react-aria: pattern not found in ${file}`);
    writeFileSync(file, `${MARK}\n${out}`);
    changed++;
  }
  if (!found) throw new Error(`patch-react-aria: ${rel} not found under ${dist}`);
}

function mustReplace(src, pattern, replacement) {
  const out = src.replace(pattern, replacement);
  if (out === src) throw new Error(`patch-react-aria: pattern ${pattern} not found`);
  return out;
}

const KEYS = [
  'type',
  'target',
  'currentTarget',
  'relatedTarget',
  'key',
  'code',
  'repeat',
  'isComposing',
  'altKey',
  'ctrlKey',
  'metaKey',
  'shiftKey',
  'button',
  'buttons',
  'pointerType',
  'clientX',
  'clientY',
  'pageX',
  'pageY',
  'detail',
  'timeStamp',
  'defaultPrevented',
];
patch('interactions/createEventHandler', (s) =>
  mustReplace(
    s,
    /(let event = \{\n(\s*))\.\.\.e,/,
    `$1...e,\n$2...(e && !('_reactName' in e) ? { ${KEYS.map((k) => `${k}: e.${k}`).join(', ')}, nativeEvent: e.nativeEvent ?? e } : {}),`,
  ),
);

if (changed) console.log(`patch-react-aria: ${changed} file(s) patched in ${root}`);

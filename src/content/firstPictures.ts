// The pictures of the first screen (the frame and Home). They are drawn from one file,
// /symbols/first.svg (made at build time by scripts/build/symbolFiles.mjs), not one file each: a
// browser reads every SVG picture into a document of its own, and fifteen of them took about
// 250 ms of a phone's start (4× CPU); one file of fifteen takes about 20 ms. A browser test checks
// that Home shows no picture from outside this list. Pictures turned to face the other way in
// right-to-left languages (components.css) are not here: that rule finds them by file name.
import type { SymbolId } from './symbolId';

export const FIRST_PICTURES: readonly SymbolId[] = [
  'home',
  'help',
  'cards',
  'tick',
  'read-aloud',
  'settings',
  'calendar',
  'planner',
  'book',
  'review-day',
  'speech',
  'after-review',
  'people',
  'server',
  'person',
];

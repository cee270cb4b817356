// Pictures drawn from one file each sheet, not one file each picture: a browser reads every SVG
// file into a document of its own, a few milliseconds each at 4× CPU, so fifteen pictures of
// Home took about 250 ms of a phone's start and twenty of the diary's first screen about 150 ms;
// one sheet of fifteen takes about 20 ms. Each sheet is /symbols/sheets/<name>.svg, made at build
// time (scripts/build/symbolFiles.mjs); a picture is in one sheet at most, and the others stay
// files of their own. Browser tests check that Home and the diary show no picture from outside
// their sheet. Pictures turned to face the other way in right-to-left languages (components.css
// finds them by file name: previous, next, undo, progress-some) are in no sheet.
import type { SymbolId } from './symbolId';

export const PICTURE_SHEETS = {
  /** The first screen: the frame and Home. */
  first: [
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
  ],
  /** The diary's first screen: its kinds and feelings, its marks and its buttons. */
  diary: [
    'diary',
    'call',
    'letter',
    'meeting',
    'walk',
    'incident',
    'good-day',
    'good',
    'not-sure',
    'not-good',
    'lock',
    'photo',
    'microphone',
    'pencil',
    'remove',
    'add',
    'find',
    'print',
  ],
} as const satisfies Record<string, readonly SymbolId[]>;

export type PictureSheet = keyof typeof PICTURE_SHEETS;

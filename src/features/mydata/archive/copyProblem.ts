// Why a copy could not be made or brought back, as a reason the screen says in plain words
// (mydata:problems.<reason>). Never a stack trace, never a half-done restore.

export const PROBLEMS = [
  /** Not a copy made by My Review (another zip, a photo, a document). */
  'notACopy',
  /** Part of the file is missing or changed: a download cut short, a damaged card. */
  'damaged',
  /** Bigger than any copy this app makes (a "zip bomb", or something else). */
  'tooBig',
  /** Made by a newer version of My Review than this one. */
  'newer',
  /** Something in it is not what My Review keeps (a record its model refuses). */
  'wrongContent',
  /** The tablet is full. */
  'storageFull',
  /** Something else went wrong; nothing was changed. */
  'failed',
] as const;
export type Problem = (typeof PROBLEMS)[number];

export class CopyProblem extends Error {
  constructor(
    readonly problem: Problem,
    /** For developers and tests: which entry or field, never shown to the person. */
    readonly detail = '',
    /** False once something may have been stored (photos brought back before a later failure). */
    readonly nothingChanged = true,
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'CopyProblem';
  }
}

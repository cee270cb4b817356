// A whole form's words kept until the person saves them on purpose: for records that may only be
// saved once they are complete (an action needs a named person and a date, SMART). Unlike the
// field drafts (drafts.ts), these are never saved by themselves at start-up: saving is the
// person's choice, and a rule may refuse it. Kept in localStorage, written on every change, so a
// reload, a closed tab or a flat battery loses nothing typed.
const PREFIX = 'my-review.form.';

export function readFormDraft<T extends object>(key: string): Partial<T> | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(PREFIX + key) ?? 'null');
    return parsed && typeof parsed === 'object' ? (parsed as Partial<T>) : null;
  } catch {
    return null;
  }
}

export function keepFormDraft(key: string, values: object): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(values));
  } catch {
    // No localStorage (private mode, full): the words stay on screen; only this net is missing.
  }
}

export function forgetFormDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to forget.
  }
}

/** Every form draft on this device (clearing the device, ?reset). */
export function forgetAllFormDrafts(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // Nothing to forget.
  }
}

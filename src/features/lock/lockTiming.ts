// When My Review locks: only after it has been left (hidden: another app, the home screen, the
// tablet asleep) for the time the person chose — never while it is in use, and never a time limit
// on the person. Opening the app afresh counts as coming back after a long time away.

export function lockedOnReturn(
  hiddenAt: number | null,
  now: number,
  afterMinutes: number,
): boolean {
  if (hiddenAt === null) return false;
  return now - hiddenAt >= afterMinutes * 60_000;
}

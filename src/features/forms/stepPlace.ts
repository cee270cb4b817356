// Where a step screen is in its list of steps, worked out once for every step-by-step screen
// (the planner's sections, a person, a question card, feedback): Back, Next, "part 2 of 6", and
// a step that is not there.

export interface StepPlace {
  index: number;
  id: string;
  prev?: string;
  next?: string;
}

/** A step's address: `${basePath}/${id}`. */
export function stepHref(basePath: string, id: string): string {
  return `${basePath}/${encodeURIComponent(id)}`;
}

/**
 * The place of `current` among `ids`. No step in the address means the first step; a step that is
 * not in the list gives undefined, so the screen says "This page is not here" (never another
 * step's question, which the person might answer thinking it was the one they asked for).
 */
export function stepPlace(
  ids: readonly string[],
  current: string | undefined,
  basePath: string,
): StepPlace | undefined {
  const index = current === undefined ? 0 : ids.indexOf(current);
  const id = ids[index];
  if (index < 0 || id === undefined) return undefined;
  const prev = ids[index - 1];
  const next = ids[index + 1];
  return {
    index,
    id,
    prev: prev === undefined ? undefined : stepHref(basePath, prev),
    next: next === undefined ? undefined : stepHref(basePath, next),
  };
}

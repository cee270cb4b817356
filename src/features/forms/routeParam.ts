/** A part of the address given to a screen (e.g. the step in /planner/review/:step). */
export function routeParam(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

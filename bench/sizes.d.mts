export interface JsSizes {
  firstScreen: number;
  all: number;
  /** The words of each language but English (KiB gzip), which `all` leaves out. */
  languages: Record<string, number>;
}
export const JS_BUDGETS: Record<'firstScreen' | 'all', { target: number; limit: number }>;
export function gzipBytes(file: string): number;
export function firstScreenScripts(dist: string): string[];
export function jsSizes(dist: string): JsSizes;
export function overLimits(sizes: JsSizes): string[];

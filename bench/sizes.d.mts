export interface JsSizes {
  firstScreen: number;
  all: number;
}
export const JS_BUDGETS: Record<keyof JsSizes, { target: number; limit: number }>;
export function gzipBytes(file: string): number;
export function firstScreenScripts(dist: string): string[];
export function jsSizes(dist: string): JsSizes;
export function overLimits(sizes: JsSizes): string[];

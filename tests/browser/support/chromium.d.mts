export const CHROMIUM_HELP: string;
export const CHROMIUM_ARGS: string[];
export function findChromium(): string | null;

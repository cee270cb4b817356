import type { Plugin } from 'vite';

export const CSP_FILE: string;
export function inlineHashes(html: string): { scripts: string[]; styles: string[] };
export function inlineFirstPaint(options: { settingsScript: string }): Plugin;

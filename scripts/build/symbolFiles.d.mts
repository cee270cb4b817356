import type { Plugin } from 'vite';
export function symbolFiles(options: {
  sheets: Readonly<Record<string, readonly string[]>>;
}): Plugin;

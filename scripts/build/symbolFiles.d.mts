import type { Plugin } from 'vite';
export function symbolFiles(options: { first: readonly string[] }): Plugin;

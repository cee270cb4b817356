import type { Plugin } from 'vite';
export function symbolFiles(): Plugin;

// Every address written in the app's code or its content points at a screen in the screens table
// (src/routes/screens.ts), judged by the router's own matching: no link leads to "not found".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasScreen } from '../../../src/routes/hasScreen';
import { SCREENS } from '../../../src/routes/screens';

const ROOT = resolve(__dirname, '../../..');
const TOP = [...new Set(SCREENS.map((s) => s.path.split('/')[1]).filter(Boolean))].join('|');
// A quoted or template string that starts like one of the app's addresses.
const ADDRESS = new RegExp(`['"\`](/(?:${TOP})(?:[/?#][^'"\`\\s]*)?)['"\`]`, 'g');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

function addresses(): { where: string; href: string }[] {
  const sources = [
    ...files(join(ROOT, 'src'), /\.tsx?$/).filter((f) => !f.includes('/src/server/')),
    ...files(join(ROOT, 'locales/en'), /\.json$/),
  ];
  return sources.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(ADDRESS)].map((m) => ({
      where: relative(ROOT, file),
      // A part filled in at run time ("/planner/people/${id}") stands for any one value.
      href: m[1]!.replace(/\$\{[^}]*\}/g, 'x'),
    })),
  );
}

describe('the links of the app', () => {
  it('are found (the check itself works)', () => {
    expect(addresses().length).toBeGreaterThan(40);
  });

  it('each open a screen in the screens table', () => {
    const broken = addresses().filter((a) => !hasScreen(a.href));
    expect(broken).toEqual([]);
  });
});

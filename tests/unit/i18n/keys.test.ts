// Every string a person sees lives in locales/<lang>/<namespace>.json and is referenced from code
// as a literal key 'namespace:path.to.key' (or a literal prefix, for lists read as objects and
// keys built from a value). This test fails on a key the code uses that no locale has, on a key no
// code uses, and on a language that is missing keys English has.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const LOCALES = join(ROOT, 'locales');

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function flatten(value: Json, prefix: string, out: Set<string>) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.add(prefix); // a string, or a list read whole (returnObjects)
  }
}

function keysOf(lang: string): Set<string> {
  const out = new Set<string>();
  for (const file of readdirSync(join(LOCALES, lang))) {
    if (!file.endsWith('.json')) continue;
    const ns = file.slice(0, -5);
    const data = JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as Json;
    const keys = new Set<string>();
    flatten(data, '', keys);
    for (const k of keys) out.add(`${ns}:${k}`);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path); // the server's too: the sign-in email
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const english = keysOf('en');
const namespaces = new Set([...english].map((k) => k.split(':')[0]!));

const literal = new Set<string>();
const prefixes = new Set<string>();
for (const file of sourceFiles(join(ROOT, 'src'))) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/['"`]([a-zA-Z][\w-]*):([\w.-]+)['"`]/g)) {
    if (namespaces.has(m[1]!)) literal.add(`${m[1]}:${m[2]}`);
  }
  for (const m of text.matchAll(/`([a-zA-Z][\w-]*):([\w.-]*)\$\{/g)) {
    if (namespaces.has(m[1]!)) prefixes.add(`${m[1]}:${m[2]}`);
  }
}

const base = (key: string) => key.replace(PLURAL, '');

describe('i18n keys', () => {
  it('every key the code uses exists in English', () => {
    const missing = [...literal].filter(
      (ref) =>
        !english.has(ref) && ![...english].some((k) => base(k) === ref || k.startsWith(`${ref}.`)),
    );
    expect(missing).toEqual([]);
  });

  it('every key built from a value has at least one entry', () => {
    const empty = [...prefixes].filter((p) => ![...english].some((k) => k.startsWith(p)));
    expect(empty).toEqual([]);
  });

  it('every English key is used by the code', () => {
    const unused = [...english].filter((key) => {
      const b = base(key);
      if (literal.has(key) || literal.has(b)) return false;
      if ([...literal].some((ref) => key.startsWith(`${ref}.`))) return false;
      if ([...prefixes].some((p) => key.startsWith(p))) return false;
      return true;
    });
    expect(unused).toEqual([]);
  });

  it('every other language has every English key', () => {
    for (const lang of readdirSync(LOCALES)) {
      if (lang === 'en' || !statSync(join(LOCALES, lang)).isDirectory()) continue;
      const theirs = keysOf(lang);
      expect(
        [...english].filter((k) => !theirs.has(k)),
        `missing in ${lang}`,
      ).toEqual([]);
    }
  });
});

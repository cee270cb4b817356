// The easy-read pages and glossary as content: every page the app lists has its words and
// pictures, the addresses other screens link to exist, and every picture has a name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isLearnPageId,
  LEARN_PAGES,
  LEARN_TOPICS,
  learnPlace,
} from '../../../src/content/learnPages';
import { hasScreen } from '../../../src/routes/hasScreen';
import { termsIn } from '../../../src/shared/easyText';

const ROOT = join(__dirname, '../../..');
const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const learn = read('locales/en/learn.json');
const glossary = read('locales/en/glossary.json');
const pictures = read('locales/en/pictures.json');
const symbols = read('assets/symbols/symbols.json');

describe('easy-read pages', () => {
  it('has the topics other screens link to, each the first page of its topic', () => {
    const agreed = [
      'what-is-a-review',
      'four-questions',
      'who-will-be-there',
      'getting-ready',
      'if-i-cannot-decide',
      'the-day',
      'after-my-review',
      'my-rights',
      'children-and-young-people',
    ];
    for (const id of agreed) {
      const topic = LEARN_TOPICS.find((t) => t.id === id);
      expect(topic?.pages[0], id).toBe(id);
    }
  });

  it('has words and pictures for every page it lists, and lists every page it has words for', () => {
    expect(Object.keys(learn.pages).sort()).toEqual([...LEARN_PAGES].sort());
    for (const id of LEARN_PAGES) {
      const page = learn.pages[id];
      expect(page.title, id).toBeTruthy();
      expect(page.lede, id).toBeTruthy();
      expect(page.hint, id).toBeTruthy();
      expect(page.blocks.length, id).toBeGreaterThanOrEqual(4);
    }
  });

  it('links only to screens that exist', () => {
    const links = Object.values(learn.pages).flatMap((p) =>
      (p as { blocks: { link?: { href: string } }[] }).blocks.flatMap((b) =>
        b.link ? [b.link.href] : [],
      ),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(hasScreen(href), href).toBe(true);
  });

  it('knows where each page sits: its topic, its part, the pages either side', () => {
    expect(learnPlace('what-is-a-review')).toMatchObject({
      part: 1,
      parts: 1,
      previous: undefined,
      next: 'four-questions',
    });
    expect(learnPlace('people-who-know-me')).toMatchObject({
      topic: 'who-will-be-there',
      part: 2,
      parts: 2,
      previous: 'who-will-be-there',
      next: 'getting-ready',
    });
    expect(learnPlace('children-and-young-people').next).toBeUndefined();
    expect(isLearnPageId('words')).toBe(false);
  });
});

describe('glossary', () => {
  it('explains every hard word the easy-read pages mark, and each entry is used somewhere', () => {
    const all = JSON.stringify([learn, glossary, read('locales/en/day.json')]);
    const used = new Set(termsIn(all.replace(/\\"/g, '"')));
    const entries = Object.keys(glossary.terms);
    for (const term of used) expect(entries, term).toContain(term);
    // The hard words the issue names are all there.
    for (const term of [
      'advocate',
      'commissioner',
      'best-interests',
      'ehcp',
      'section',
      'discharge',
    ])
      expect(entries).toContain(term);
  });
});

describe('pictures', () => {
  it('has a name in words for every picture, for the "My own photos" page', () => {
    const ids = Object.keys(symbols).filter((k) => !k.startsWith('$'));
    expect(Object.keys(pictures.names).sort()).toEqual(ids.sort());
  });
});

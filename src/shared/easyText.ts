// Hard words in locale text. A word the person may not know is marked where it is used, so the
// screen can show it as a button that opens a short explanation in place (easy-read rule E10):
//
//   [[advocate]]                        the word "advocate", explained by the glossary entry "advocate"
//   [[clinical expert]]                 entry "clinical-expert" (lower case, spaces become hyphens)
//   [[advocates|advocate]]              shows "advocates", explained by the entry "advocate"
//   [[Education, Health and Care Plan (EHCP)|ehcp]]
//
// Shown words may not contain . ! ? [ ] or | : a sentence never ends inside a hard word, so read-
// aloud and the content test split sentences the same way with or without the markup. Text is
// always rendered as text, never as HTML.
import { splitSentences } from './text';

export type Segment = { kind: 'text'; text: string } | { kind: 'term'; text: string; term: string };

const MARK = /\[\[([^[\]]*)\]\]/g;
const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The glossary id of a marked word: the explicit id, or the shown words made into an id. */
export function termIdOf(shown: string, explicit?: string): string {
  return (explicit ?? shown).trim().toLowerCase().replace(/\s+/g, '-');
}

/** Text and hard words, in order. Anything that is not well-formed markup stays as text. */
export function parseEasyText(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(MARK)) {
    const [shown, explicit, extra] = m[1]!.split('|');
    const term = termIdOf(shown!, explicit);
    if (extra !== undefined || !shown!.trim() || !TERM_ID.test(term)) continue;
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push({ kind: 'term', text: shown!.trim(), term });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** The words as they are read: the markup removed, the shown words kept. */
export function plainText(text: string): string {
  return parseEasyText(text)
    .map((s) => s.text)
    .join('');
}

/** The glossary ids a text marks. */
export function termsIn(text: string): string[] {
  return parseEasyText(text).flatMap((s) => (s.kind === 'term' ? [s.term] : []));
}

/** The sentences of a marked-up text, each as its segments (the same split as read-aloud's). */
export function easySentences(text: string): Segment[][] {
  return splitSentences(text).map(parseEasyText);
}

export function sentenceText(segments: Segment[]): string {
  return segments.map((s) => s.text).join('');
}

/** What is wrong with the markup of a text, in words for the person fixing it. */
export function markupProblems(text: string): string[] {
  const problems: string[] = [];
  const opens = text.split('[[').length - 1;
  const closes = text.split(']]').length - 1;
  if (opens !== closes) problems.push('a [[ without its ]] (or the other way round)');
  for (const m of text.matchAll(MARK)) {
    const parts = m[1]!.split('|');
    const shown = parts[0]!;
    if (parts.length > 2) problems.push(`${m[0]}: use at most one |`);
    else if (!shown.trim()) problems.push(`${m[0]}: the shown words are empty`);
    else if (/[.!?]/.test(shown)) problems.push(`${m[0]}: shown words cannot contain . ! or ?`);
    else if (!TERM_ID.test(termIdOf(shown, parts[1])))
      problems.push(`${m[0]}: "${termIdOf(shown, parts[1])}" is not a glossary id (a-z, 0-9, -)`);
  }
  return problems;
}

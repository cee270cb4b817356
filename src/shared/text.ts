// Sentence splitting shared by read-aloud (which speaks and highlights one sentence at a time)
// and the easy-read content test (which counts words per sentence). One rule for both, so what
// the test checks is exactly what the person hears.

const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|No)\.$/;

export function splitSentences(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const out: string[] = [];
  let start = 0;
  // Urdu ends a sentence with ۔ and asks with ؟: read-aloud pauses there as at . and ?
  const re = /[.!?\u06D4\u061F]+["')\]]*(?=\s|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clean))) {
    const end = m.index + m[0].length;
    const candidate = clean.slice(start, end).trim();
    if (ABBREVIATIONS.test(candidate)) continue;
    if (candidate) out.push(candidate);
    start = end;
  }
  const rest = clean.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

export function countWords(sentence: string): number {
  // Numbers, times ("10am") and hyphenated words count as one word each.
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

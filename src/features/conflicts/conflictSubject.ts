// Which question a conflict is about, so the person sees the question itself, its picture and a
// way to it ("About: Do you feel safe?"), not "an answer in your planner" (issue 9, item 12).
import type { SymbolId } from '../../content/symbols';
import { recordKey, type StoredConflict } from '../../data';
import { FEEDBACK_QUESTIONS } from '../feedback/feedback';

import { FIELD_SECTIONS } from '../planner/steps';
import { findTheme } from '../planner/themes';

export interface ConflictSubject {
  /** i18n key of the question, as the person saw it. */
  question: string;
  symbol: SymbolId;
  href: string;
}

/** The namespaces the questions' words are in. */
export const SUBJECT_NAMESPACES = ['home', 'planner', 'feedback'] as const;

const SINGLETONS = new Set(['review', 'participation', 'adjustment', 'school']);

export function conflictSubject(
  c: Pick<StoredConflict, 'type' | 'recordId' | 'field'>,
): ConflictSubject | null {
  if (c.type === 'profile') return { question: 'home:name.label', symbol: 'person', href: '/' };
  if (c.type === 'answer') {
    const theme = findTheme(recordKey(c.recordId));
    if (!theme) return null;
    return {
      question: `planner:say.themes.${theme.id}.question`,
      symbol: theme.symbol,
      href: `/planner/say/${theme.id}`,
    };
  }
  if (c.type === 'feedback') {
    const q = FEEDBACK_QUESTIONS.find((x) => c.field.startsWith(`${x.id}.`));
    if (!q) return null;
    return {
      question: `feedback:questions.${q.id}.question`,
      symbol: q.symbol,
      href: `/feedback/${q.id}`,
    };
  }
  if (c.type && SINGLETONS.has(c.type)) {
    for (const section of Object.values(FIELD_SECTIONS)) {
      const step = section.steps.find((s) =>
        s.fields.some(
          (f) =>
            f.record === c.type &&
            (f.kind === 'checks'
              ? f.options.some((o) => o.field === c.field)
              : f.field === c.field),
        ),
      );
      if (step)
        return { question: step.title, symbol: step.symbol, href: `${section.path}/${step.id}` };
    }
  }
  return null;
}

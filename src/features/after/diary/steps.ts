// The steps of one diary entry, in order, with their pictures and when each one has an answer.
import type { SymbolId } from '../../../content/symbols';
import type { DiaryEntry } from './entries';

export const STEPS = ['kind', 'what', 'who', 'feeling', 'keep', 'share'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_SYMBOL: Record<Step, SymbolId> = {
  kind: 'diary',
  what: 'writing',
  who: 'people',
  feeling: 'good',
  keep: 'photo',
  share: 'lock',
};

export function stepDone(step: Step, e: DiaryEntry): boolean {
  switch (step) {
    case 'kind':
      return e.kind !== null;
    case 'what':
      return e.text.trim() !== '';
    case 'who':
      return e.who.trim() !== '';
    case 'feeling':
      return e.feeling !== null;
    case 'keep':
      return !!(e.photo || e.voice || e.letter);
    case 'share':
      // Shared with the plan's people is a choice too: never a mark against the person.
      return e.onlyMe;
  }
}

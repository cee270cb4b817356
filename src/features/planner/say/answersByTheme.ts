import type { Fields } from '../../../shared/records';
import { type Answer } from '../answers';
import { readAnswer } from '../../../shared/models/answer';
import { recordKey } from '../../../data';

/** Each answer card's answer, by theme (the theme is the last part of the record's id). */
export function answersByTheme(records: { id: string; data: Fields }[]): Map<string, Answer> {
  return new Map(records.map((r) => [recordKey(r.id), readAnswer(r.data)]));
}

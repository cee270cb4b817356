import type { Fields } from '../../../shared/records';
import { answerFromFields, type Answer } from '../answers';
import { recordKey } from '../refs';

/** Each answer card's answer, by theme (the theme is the last part of the record's id). */
export function answersByTheme(records: { id: string; data: Fields }[]): Map<string, Answer> {
  return new Map(records.map((r) => [recordKey(r.id), answerFromFields(r.data)]));
}

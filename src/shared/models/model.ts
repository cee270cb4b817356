// A record model: what one type of record may hold, field by field, what each field reads as when
// it is empty, and which area of the plan it belongs to. The data layer checks a write against it
// before saving, the server before applying (check.ts), screens read records through its decoder,
// and sharing maps areas to what each person may see (DESIGN.md §3).
import type { FieldValue, Fields, RecordType } from '../records';
import { flag, type Field } from './fields';

/** The areas of a plan a person can share separately (DESIGN.md §6, sharing scopes). */
export const AREAS = [
  'myAnswers',
  'whoIsComing',
  'photosAndRecordings',
  'feedback',
  'actionsAndDiary',
  'consent',
] as const;
export type Area = (typeof AREAS)[number];

export type ModelFields = Record<string, Field<unknown>>;

/** The typed value a decoder gives: every field, read or defaulted. */
export type Values<F extends ModelFields> = {
  [K in keyof F]: F[K] extends Field<infer T> ? T : never;
};

export interface Model<F extends ModelFields = ModelFields, T extends RecordType = RecordType> {
  readonly type: T;
  readonly area: Area;
  readonly fields: F;
  /**
   * Fields an older version wrote that nothing reads now. Records on devices and on the server may
   * still have them, and an old device may still send them: they are accepted and never decoded.
   */
  readonly retired: readonly string[];
  readonly defaults: Values<F>;
  /** A record's fields as the app uses them: unknown and retired fields are left out. */
  decode(data: Fields | null | undefined): Values<F>;
}

/**
 * The two sharing flags every record accepts (src/shared/sharing.ts): "Only me" keeps a record from
 * every member; "for the panel" shows it to viewers. Added here once, so no model can miss them.
 */
export const PRIVACY_FIELDS = { onlyMe: flag(), forPanel: flag() };
export type PrivacyFields = typeof PRIVACY_FIELDS;

export function defineModel<F extends ModelFields, const T extends RecordType>(def: {
  type: T;
  area: Area;
  fields: F;
  retired?: readonly string[];
}): Model<F & PrivacyFields, T> {
  const m = { ...def, fields: { ...def.fields, ...PRIVACY_FIELDS } };
  const names = Object.keys(m.fields) as (keyof F & string)[];
  const read = (data: Fields | null | undefined) => {
    const out = {} as Record<string, unknown>;
    for (const name of names) {
      const value: FieldValue | undefined = data ? data[name] : undefined;
      out[name] = m.fields[name]!.read(value);
    }
    return out as Values<F>;
  };
  return { retired: [], ...m, defaults: read(null), decode: read } as Model<F & PrivacyFields, T>;
}

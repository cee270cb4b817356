// The kinds of field a record model is made of. Each kind says what a field may hold (checked
// before a write, on the tablet and on the server: check.ts turns these into zod schemas) and how
// to read it back forgivingly: a value of the wrong kind, or from a newer or older version, reads
// as the field's default instead of breaking a screen. No zod here: the decoders are on the first
// screen, and zod is not (the first screen has a size budget).
import type { FieldValue } from '../records';

/** Names, places, phone numbers: one line. */
export const SHORT_TEXT = 1_000;
/** A person's own words: an answer, a note. The protocol's limit for any text. */
export const LONG_TEXT = 20_000;

export type FieldKind =
  | { kind: 'text'; max: number }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'flag' }
  | { kind: 'number'; min: number; max: number; integer: boolean }
  /** The sha256 of a photo, drawing or recording stored on the device and the server. */
  | { kind: 'media' }
  /** The id of another record (a consent's attendee). */
  | { kind: 'recordId' };

export interface Field<T> {
  readonly spec: FieldKind;
  /** The value as the app uses it: the stored value when it fits, otherwise the default. */
  read(value: FieldValue | undefined): T;
  readonly default: T;
}

export function text(max: number = SHORT_TEXT, fallback = ''): Field<string> {
  return {
    spec: { kind: 'text', max },
    // Read back whatever length was stored: a limit applies to new writes, never to old words.
    read: (v) => (typeof v === 'string' ? v : fallback),
    default: fallback,
  };
}

/** Words that may be absent (null) rather than empty: a name kept only when there was one. */
export function optionalText(max: number = SHORT_TEXT): Field<string | null> {
  return {
    spec: { kind: 'text', max },
    read: (v) => (typeof v === 'string' ? v : null),
    default: null,
  };
}

export function longText(): Field<string> {
  return text(LONG_TEXT);
}

/** One of a list of values; null when none is chosen (or the stored one is not known here). */
export function choice<const V extends readonly string[]>(values: V): Field<V[number] | null> {
  return {
    spec: { kind: 'choice', values },
    read: (v) => (values.includes(v as string) ? (v as V[number]) : null),
    default: null,
  };
}

export function flag(): Field<boolean> {
  return { spec: { kind: 'flag' }, read: (v) => v === true, default: false };
}

export function number({
  min = -Number.MAX_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER,
  integer = false,
} = {}): Field<number | null> {
  return {
    spec: { kind: 'number', min, max, integer },
    read: (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null),
    default: null,
  };
}

export function media(): Field<string | null> {
  return {
    spec: { kind: 'media' },
    read: (v) => (typeof v === 'string' && v ? v : null),
    default: null,
  };
}

export function recordId(): Field<string | null> {
  return {
    spec: { kind: 'recordId' },
    read: (v) => (typeof v === 'string' && v ? v : null),
    default: null,
  };
}

/** A time a device wrote (ISO 8601): a label for people, never used to order anything. */
export function instant(): Field<string | null> {
  return {
    spec: { kind: 'text', max: 40 },
    read: (v) => (typeof v === 'string' && v ? v : null),
    default: null,
  };
}

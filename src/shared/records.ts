// The shape of a person's data, shared by the app and the server. Every piece of user data is a
// record with flat fields (one answer per field): two devices editing different answers of one
// record then merge without conflict, and a list (attendees, actions) is many records, never an
// array inside a field. See DESIGN.md §3.

export const RECORD_TYPES = [
  'profile', // the person's chosen name and how they like to be called
  'review', // date, time, place, kind (CTR/CETR), setting, age band, contacts
  'consent', // the current answer for one thing that needs consent (the review, sharing, a person)
  'consentChange', // one entry in the consent history the person can read; never edited
  'attendee',
  'participation',
  'answer',
  'adjustment',
  'question',
  'school',
  'feedback',
  'feedbackVersion', // a copy of the feedback as it was sent; later changes make a new version
  'report',
  'chase', // one time the person asked for their report
  'document', // one kind of document for the review pack (care plan, crisis plan…)
  'attachment', // a page (photo) or a file (PDF) of the report or a document
  'action',
  'actionUpdate', // a dated update on one action, with optional photos
  'diary',
  'contact', // someone in the care team: name, role, phone, email, where they work
  'crisisPlan', // what a crisis looks like for the person, what helps, what does not
  'crisisCall', // one person on the crisis plan's list of who to call, in order
  'timetable',
  'communication',
  'pictureChoice', // the person's own photo in place of a symbol
  'media',
] as const;

export type RecordType = (typeof RECORD_TYPES)[number];

export function isRecordType(value: unknown): value is RecordType {
  return typeof value === 'string' && (RECORD_TYPES as readonly string[]).includes(value);
}

/** One answer. Lists are records; nested objects and arrays are not allowed. */
export type FieldValue = string | number | boolean | null;

export type Fields = Record<string, FieldValue>;

export const LIMITS = {
  fieldsPerRecord: 200,
  fieldNameLength: 100,
  textLength: 20_000,
  mutationsPerPush: 100,
} as const;

export const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,99}$/;

export type MutationOp = 'create' | 'patch' | 'delete' | 'resolve';

export interface FieldChange {
  value: FieldValue;
  /** The server revision of the field this device was looking at; 0 for a new field. */
  baseRev: number;
}

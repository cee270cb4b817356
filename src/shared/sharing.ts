// Who may see and do what in a plan (DESIGN.md §6). The person (the owner) chooses, per member, a
// set of plain-language permissions; each permission opens one or more areas of the plan that the
// record models name (src/shared/models). The server reads a member's live role and permissions on
// every request and applies this table; the app shows the same table as picture cards. One table,
// so what the person is told and what the server does cannot drift apart.
import { areaOf, MODELS } from './models';
import type { Area } from './models/model';
import type { Role } from './protocol';
import type { RecordType } from './records';

export const PERMISSIONS = [
  'seeAnswers',
  'writeAnswers',
  'seeMedia',
  'seeWhoIsComing',
  'helpFeedback',
  'helpActionsDiary',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What each permission lets a member read and write, by area. Consent is the person's alone. */
export const GRANTS: Record<Permission, { read: readonly Area[]; write: readonly Area[] }> = {
  seeAnswers: { read: ['myAnswers'], write: [] },
  writeAnswers: { read: ['myAnswers'], write: ['myAnswers'] },
  seeMedia: { read: ['photosAndRecordings'], write: [] },
  seeWhoIsComing: { read: ['whoIsComing'], write: [] },
  helpFeedback: { read: ['feedback'], write: ['feedback'] },
  helpActionsDiary: { read: ['actionsAndDiary'], write: ['actionsAndDiary'] },
};

/** The starting set the person is offered for each role; they can change it. */
export const ROLE_DEFAULTS: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  supporter: ['seeAnswers', 'writeAnswers', 'helpFeedback'],
  family: ['seeWhoIsComing', 'helpActionsDiary'],
  // A viewer (an advocate, the review's chair) sees only what the person marks "for the panel".
  viewer: [],
};

/**
 * Two flags any record may carry. "Only me" keeps it from every member, whatever their
 * permissions; "for the panel" shows it to viewers. Field names are shared by app and server.
 */
export const ONLY_ME = 'onlyMe';
export const FOR_PANEL = 'forPanel';

export interface Access {
  role: Role;
  permissions: readonly Permission[];
}

function areaIfKnown(type: string): Area | undefined {
  return Object.hasOwn(MODELS, type) ? areaOf(type as RecordType) : undefined;
}

function grants(access: Access, kind: 'read' | 'write', area: Area | undefined): boolean {
  if (access.role === 'owner') return true;
  if (!area) return false; // a type this version does not know opens nothing
  if (access.role === 'viewer' && kind === 'write') return false;
  return access.permissions.some((p) => GRANTS[p][kind].includes(area));
}

/** Whether a member may see one record, given its type and its current fields. */
export function canRead(
  access: Access,
  type: RecordType,
  data: Readonly<Record<string, unknown>>,
): boolean {
  if (access.role === 'owner') return true;
  if (data[ONLY_ME] === true) return false;
  if (access.role === 'viewer') return data[FOR_PANEL] === true;
  return grants(access, 'read', areaIfKnown(type));
}

/** Whether a member may create, change or remove records of a type. */
export function canWriteType(access: Access, type: RecordType): boolean {
  return grants(access, 'write', areaIfKnown(type));
}

/** Parses stored permissions, keeping only names this version knows. */
export function parsePermissions(raw: unknown): Permission[] {
  if (!Array.isArray(raw)) return [];
  return PERMISSIONS.filter((p) => raw.includes(p));
}

/** The fields of a record type that hold a photo or recording (by SHA-256), from its model. */
export function mediaFieldsOf(type: RecordType): string[] {
  if (!Object.hasOwn(MODELS, type)) return [];
  const fields = MODELS[type].fields as Record<string, { spec: { kind: string } }>;
  return Object.keys(fields).filter((f) => fields[f]!.spec.kind === 'media');
}

/** The photos and recordings one record refers to. */
export function mediaOf(type: RecordType, data: Readonly<Record<string, unknown>>): string[] {
  return mediaFieldsOf(type)
    .map((f) => data[f])
    .filter((v): v is string => typeof v === 'string' && v !== '');
}

/** Areas whose records can hold a photo or recording: writing one lets a member upload. */
export const MEDIA_AREAS: readonly Area[] = [
  ...new Set(
    (Object.keys(MODELS) as RecordType[]).filter((t) => mediaFieldsOf(t).length).map(areaOf),
  ),
];

/** Whether a member may upload photos and recordings to the plan. */
export function canAddMedia(access: Access): boolean {
  return MEDIA_AREAS.some((area) => grants(access, 'write', area));
}

/**
 * Why a member may not make this change, or undefined when they may: the record's area must be
 * one they may write, a record hidden from them stays untouchable, and the two privacy flags are
 * the person's alone (a member cannot make something private, or public, for them).
 */
export function writeRefusal(
  access: Access,
  type: RecordType,
  current: Readonly<Record<string, unknown>> | undefined,
  changes: Readonly<Record<string, unknown>>,
): 'forbidden' | undefined {
  if (access.role === 'owner') return undefined;
  if (!canWriteType(access, type)) return 'forbidden';
  if (current && !canRead(access, type, current)) return 'forbidden';
  // Sending a flag unchanged (a whole record saved back) is fine; changing it is not.
  for (const flag of [ONLY_ME, FOR_PANEL])
    if (flag in changes && (changes[flag] === true) !== (current?.[flag] === true))
      return 'forbidden';
  return undefined;
}

// The people at a review are one list of `attendee` records: the planner invites some, Who's who
// adds the panel. Their kinds, the ways to join, and one picture for each, kept here so every
// screen shows the same picture for the same role.
// The lists themselves are the attendee model's (src/shared/models/attendee.ts).
import {
  ATTENDEE_KINDS,
  JOINING,
  type AttendeeKind,
  type Joining,
} from '../shared/models/attendee';
import type { SymbolId } from './symbols';

export { ATTENDEE_KINDS, JOINING, type AttendeeKind, type Joining };

/** The panel: not the person's to invite or refuse. */
export const PANEL_KINDS = ['chair', 'clinicalExpert', 'expertByExperience'] as const;
export type PanelKind = (typeof PANEL_KINDS)[number];

export function isPanelKind(kind: string | null | undefined): kind is PanelKind {
  return (PANEL_KINDS as readonly (string | null | undefined)[]).includes(kind);
}

export const KIND_SYMBOL: Record<AttendeeKind, SymbolId> = {
  family: 'family',
  friend: 'friend',
  advocate: 'advocate',
  careCoordinator: 'care-coordinator',
  supportWorker: 'support-worker',
  teacher: 'teacher',
  chair: 'chair',
  clinicalExpert: 'clinical-expert',
  expertByExperience: 'expert-by-experience',
  other: 'person',
};

export const JOINING_SYMBOL: Record<Joining, SymbolId> = {
  room: 'seat',
  phone: 'phone',
  video: 'video',
  partDay: 'clock',
};

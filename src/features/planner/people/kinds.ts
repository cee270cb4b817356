import type { SymbolId } from '../../../content/symbols';
import type { AttendeeKind, Joining } from '../attendees';

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

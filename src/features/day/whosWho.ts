// Who's who: the people at the review, from the `attendee` records. The planner adds the people
// the person invites; this screen adds the panel (kinds chair, clinicalExpert, expertByExperience)
// and their photos. Fields used: name, relation, kind, joining, photo (a media sha256 or null).
import type { GlossaryTermId } from '../../content/glossary';
import {
  ATTENDEE_KINDS,
  isPanelKind,
  JOINING,
  type AttendeeKind,
  type Joining,
} from '../../content/attendees';
import type { StoredRecord } from '../../data';

/** The hard word that explains a role, where there is one. */
export const KIND_TERMS: Partial<Record<AttendeeKind, GlossaryTermId>> = {
  advocate: 'advocate',
  careCoordinator: 'care-coordinator',
  chair: 'chair',
  clinicalExpert: 'clinical-expert',
  expertByExperience: 'expert-by-experience',
};

export interface Person {
  id: string;
  record: StoredRecord;
  name: string;
  relation: string;
  kind: AttendeeKind;
  joining: Joining | null;
  photo: string | null;
  isPanel: boolean;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export function toPerson(record: StoredRecord): Person {
  const d = record.data;
  const kind = ATTENDEE_KINDS.find((k) => k === d.kind) ?? 'other';
  return {
    id: record.id,
    record,
    name: str(d.name),
    relation: str(d.relation),
    kind,
    joining: JOINING.find((j) => j === d.joining) ?? null,
    photo: str(d.photo) || null,
    isPanel: isPanelKind(kind),
  };
}

// Who's who: the people at the review, from the `attendee` records. The planner adds the people
// the person invites; this screen adds the panel (kinds chair, clinicalExpert, expertByExperience)
// and their photos. Fields used: name, relation, kind, joining, photo (a media sha256 or null).
import type { GlossaryTermId } from '../../content/glossary';
import type { SymbolId } from '../../content/symbols';
import type { StoredRecord } from '../../data';

export const KINDS = [
  'family',
  'friend',
  'advocate',
  'careCoordinator',
  'supportWorker',
  'teacher',
  'chair',
  'clinicalExpert',
  'expertByExperience',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

export const PANEL_KINDS = ['chair', 'clinicalExpert', 'expertByExperience'] as const;
export type PanelKind = (typeof PANEL_KINDS)[number];

export const JOINING = ['room', 'phone', 'video', 'partDay'] as const;
export type Joining = (typeof JOINING)[number];

export const KIND_SYMBOLS: Record<Kind, SymbolId> = {
  family: 'family',
  friend: 'people',
  advocate: 'advocate',
  careCoordinator: 'care-coordinator',
  supportWorker: 'supporter',
  teacher: 'teacher',
  chair: 'chair',
  clinicalExpert: 'clinical-expert',
  expertByExperience: 'expert-by-experience',
  other: 'person',
};

/** The hard word that explains a role, where there is one. */
export const KIND_TERMS: Partial<Record<Kind, GlossaryTermId>> = {
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
  kind: Kind;
  joining: Joining | null;
  photo: string | null;
  isPanel: boolean;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export function toPerson(record: StoredRecord): Person {
  const d = record.data;
  const kind = KINDS.find((k) => k === d.kind) ?? 'other';
  return {
    id: record.id,
    record,
    name: str(d.name),
    relation: str(d.relation),
    kind,
    joining: JOINING.find((j) => j === d.joining) ?? null,
    photo: str(d.photo) || null,
    isPanel: (PANEL_KINDS as readonly string[]).includes(kind),
  };
}

export function isPanelKind(kind: string): kind is PanelKind {
  return (PANEL_KINDS as readonly string[]).includes(kind);
}

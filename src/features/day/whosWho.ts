// Who's who: the people at the review, from the `attendee` records. The planner adds the people
// the person invites; this screen adds the panel (kinds chair, clinicalExpert, expertByExperience)
// and their photos. A kind this version does not know is shown as "other".
import type { GlossaryTermId } from '../../content/glossary';
import { isPanelKind, type AttendeeKind, type Joining } from '../../content/attendees';
import type { StoredRecord } from '../../data';
import { attendeeModel } from '../../shared/models/attendee';
import { reviewModel } from '../../shared/models/review';

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

/** The rule for reading an attendee is the model's; here only how Who's who shows one. */
export function toPerson(record: StoredRecord): Person {
  const a = attendeeModel.decode(record.data);
  const kind = a.kind ?? 'other';
  return {
    id: record.id,
    record,
    name: a.name.trim(),
    relation: a.relation.trim(),
    kind,
    joining: a.joining,
    photo: a.photo,
    isPanel: isPanelKind(kind),
  };
}

/**
 * The care co-ordinator the person wrote in their planner ("Who is your care co-ordinator?"):
 * they come to the review, so they are in Who's who too. Left out when the same person is already
 * on the list as a care co-ordinator.
 */
export function careCoordinatorFrom(
  review: StoredRecord | null | undefined,
  people: Person[],
): Person | null {
  if (!review) return null;
  const name = reviewModel.decode(review.data).careCoordinatorName.trim();
  if (!name) return null;
  const same = (p: Person) =>
    p.kind === 'careCoordinator' && p.name.toLocaleLowerCase() === name.toLocaleLowerCase();
  if (people.some(same)) return null;
  return {
    id: `${review.id}:care-coordinator`,
    record: review,
    name,
    relation: '',
    kind: 'careCoordinator',
    joining: null,
    photo: null,
    isPanel: false,
  };
}

// The planner's data for a screen, read live from the tablet (a change made in another tab or
// synced from another device shows at once).
import {
  singletonRef,
  useCurrentPlan,
  useRecord,
  useRecords,
  type RecordRef,
  type StoredRecord,
} from '../../data';
import { profileModel } from '../../shared/models/profile';
import type { Fields } from '../../shared/records';
import type { SingletonKey, Singletons } from './fieldSteps';

export function usePlanId(): string | undefined {
  return useCurrentPlan()?.id;
}

export interface SingletonData {
  refs: Record<SingletonKey, RecordRef>;
  data: Singletons;
}

const EMPTY: Fields = {};

/** The one-per-plan records the question steps fill in; undefined while loading. */
export function useSingletons(planId: string | undefined): SingletonData | undefined {
  const refs = planId
    ? {
        review: singletonRef(planId, 'review'),
        participation: singletonRef(planId, 'participation'),
        adjustment: singletonRef(planId, 'adjustment'),
        school: singletonRef(planId, 'school'),
      }
    : undefined;
  const review = useRecord(refs?.review.id);
  const participation = useRecord(refs?.participation.id);
  const adjustment = useRecord(refs?.adjustment.id);
  const school = useRecord(refs?.school.id);
  if (!refs || review === undefined || participation === undefined) return undefined;
  if (adjustment === undefined || school === undefined) return undefined;
  return {
    refs,
    data: {
      review: review?.data ?? EMPTY,
      participation: participation?.data ?? EMPTY,
      adjustment: adjustment?.data ?? EMPTY,
      school: school?.data ?? EMPTY,
    },
  };
}

export interface PlannerData extends SingletonData {
  planId: string;
  name: string;
  attendees: StoredRecord[];
  consents: StoredRecord[];
  consentChanges: StoredRecord[];
  answers: StoredRecord[];
  questions: StoredRecord[];
}

/** Everything in the planner: for the overview's progress and the print pages. */
export function usePlannerData(): PlannerData | undefined {
  const planId = usePlanId();
  const singletons = useSingletons(planId);
  const profile = useRecord(planId ? singletonRef(planId, 'profile').id : undefined);
  const attendees = useRecords(planId, 'attendee');
  const consents = useRecords(planId, 'consent');
  const consentChanges = useRecords(planId, 'consentChange');
  const answers = useRecords(planId, 'answer');
  const questions = useRecords(planId, 'question');
  if (!planId || !singletons || profile === undefined) return undefined;
  if (!attendees || !consents || !consentChanges || !answers || !questions) return undefined;
  return {
    ...singletons,
    planId,
    name: profileModel.decode(profile?.data).name.trim(),
    attendees,
    consents,
    consentChanges,
    answers,
    questions,
  };
}

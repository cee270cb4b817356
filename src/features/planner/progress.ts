// How far each part of the planner has got, for the pictures on the planner's first screen.
// It counts what is there; it never marks anything wrong or missing (nothing is a test here).
import { answerState } from './answers';
import { readAnswer } from '../../shared/models/answer';
import { reviewModel } from '../../shared/models/review';
import {
  attendeeFromRecord,
  hasDetails,
  isInvitee,
  needsConsent,
  type Attendee,
} from './attendees';
import { effectiveState, type AgeBand, type Consent } from './consent';
import { consentFromFields } from './consentRecords';
import { stepHasAnswer, visibleSteps, type Singletons } from './fieldSteps';
import { FIELD_SECTIONS } from './steps';
import { recordKey } from '../../data';
import { consentKeyFor, type ConsentKey } from '../../shared/models/consent';
import { THEMES } from './themes';
import type { Fields } from '../../shared/records';
import { questionModel } from '../../shared/models/question';

export const SECTION_IDS = [
  'review',
  'consent',
  'people',
  'takingPart',
  'say',
  'questions',
  'needs',
  'school',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Progress {
  done: number;
  total: number;
  state: 'notStarted' | 'started' | 'finished';
}

export interface ProgressInput {
  data: Singletons;
  attendees: { id: string; data: Fields }[];
  consents: { id: string; data: Fields }[];
  answers: { id: string; data: Fields }[];
  questions: { id: string; data: Fields }[];
}

function progress(done: number, total: number): Progress {
  const state = done === 0 ? 'notStarted' : done >= total ? 'finished' : 'started';
  return { done, total, state };
}

export function ageBandOf(review: Fields): AgeBand | null {
  return reviewModel.decode(review).ageBand;
}

/** The school part is for Care, Education and Treatment Reviews (children and young people). */
export function showsSchool(review: Fields): boolean {
  return review.kind === 'cetr' || review.ageBand === 'under16';
}

/** The people the person invites who have something entered (see hasDetails). */
export function invitees(attendees: { id: string; data: Fields }[]): Attendee[] {
  return attendees.map(attendeeFromRecord).filter((a) => isInvitee(a) && hasDetails(a));
}

/** The things that need a consent answer: the review, sharing, and each family member invited. */
export function consentSubjects(people: Attendee[]): ConsentKey[] {
  return [
    'review',
    'share',
    ...people.filter((p) => needsConsent(p.kind)).map((p) => consentKeyFor(p.id)),
  ];
}

/** The consent record for each key (its id ends with ":<key>"). */
export function consentsByKey(consents: { id: string; data: Fields }[]): Map<string, Consent> {
  const out = new Map<string, Consent>();
  for (const c of consents) out.set(recordKey(c.id), consentFromFields(c.data));
  return out;
}

export function sectionProgress(input: ProgressInput): Partial<Record<SectionId, Progress>> {
  const { data } = input;
  const fieldProgress = (id: keyof typeof FIELD_SECTIONS) => {
    const steps = visibleSteps(FIELD_SECTIONS[id], data);
    return progress(steps.filter((s) => stepHasAnswer(s, data)).length, steps.length);
  };
  const people = invitees(input.attendees);
  const ageBand = ageBandOf(data.review);
  const consents = consentsByKey(input.consents);
  const subjects = consentSubjects(people);
  const answered = new Map(input.answers.map((a) => [recordKey(a.id), readAnswer(a.data)]));
  const out: Partial<Record<SectionId, Progress>> = {
    review: fieldProgress('review'),
    consent: progress(
      subjects.filter(
        (k) => effectiveState(consents.get(k) ?? consentFromFields(null), ageBand) !== 'notAsked',
      ).length,
      subjects.length,
    ),
    people: progress(
      people.filter((p) => p.name.trim() && p.kind && p.joining).length,
      Math.max(1, people.length),
    ),
    takingPart: fieldProgress('takingPart'),
    say: progress(
      THEMES.filter((t) => {
        const a = answered.get(t.id);
        return a && answerState(a) !== 'empty';
      }).length,
      THEMES.length,
    ),
    questions: progress(
      Math.min(1, input.questions.filter((q) => questionModel.decode(q.data).text.trim()).length),
      1,
    ),
    needs: fieldProgress('needs'),
  };
  if (showsSchool(data.review)) out.school = fieldProgress('school');
  return out;
}

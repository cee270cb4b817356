// The consent rules, as pure functions (tested in tests/unit/planner/consent.test.ts). Sources:
// domain.md §1.3 (the planner holds consent or a best-interests decision; without it the panel
// must not read anything else) and §1.8:
// - the person is asked for consent to the review and to sharing their planner with the panel;
// - when the person is 16 or older, each family member takes part only with the person's own
//   consent (the Mental Capacity Act applies from 16; capacity is presumed);
// - if the person cannot decide, a best-interests decision is recorded: who decided, how, when,
//   and whether an advocate helped;
// - under 16, the parent or carer decides, and the young person's own view is still recorded;
// - the person can change any answer at any time, and every change is kept in a history.
import { isIsoDate } from '../../shared/dates';

import {
  CONSENT_STATES,
  type CONSENT_SUBJECTS,
  type DECIDERS,
  type YES_NO,
  type YES_NO_NOT_SURE,
} from '../../shared/models/consent';
import type { CONSENT_CHANGES } from '../../shared/models/consentChange';

export { CONSENT_STATES };
import type { AgeBand } from '../../shared/models/review';

export type { AgeBand };
export type ConsentState = (typeof CONSENT_STATES)[number];
export type ConsentSubject = (typeof CONSENT_SUBJECTS)[number];
/** Who gave the answer that stands now. */
export type Decider = (typeof DECIDERS)[number];
export type YesNo = (typeof YES_NO)[number];
export type YesNoNotSure = (typeof YES_NO_NOT_SURE)[number];

export interface BestInterests {
  /** The name and role of the person who made the decision. */
  who: string;
  /** How they decided (a meeting, who they asked). */
  how: string;
  /** When (YYYY-MM-DD). */
  when: string;
  /** Whether an advocate helped. */
  advocate: YesNoNotSure;
  /** What was decided. */
  outcome: YesNo;
}

export interface Consent {
  state: ConsentState;
  decidedBy: Decider | null;
  /** Under 16: the parent or carer who gave the answer. */
  parentName: string;
  bestInterests: BestInterests | null;
  /** Under 16: what the young person thinks, recorded whoever decides. */
  view: YesNoNotSure | null;
  viewWords: string;
  /** When the answer last changed (an ISO time; a label for people, never used to order). */
  changedAt: string | null;
}

export const NOT_ASKED: Consent = {
  state: 'notAsked',
  decidedBy: null,
  parentName: '',
  bestInterests: null,
  view: null,
  viewWords: '',
  changedAt: null,
};

export type ConsentAction =
  /** The person (16 or older) or their parent or carer (under 16) says yes or no. */
  | { type: 'answer'; answer: YesNo; parentName?: string }
  /** Someone decided in the person's best interests because they could not decide (16 or older). */
  | { type: 'bestInterests'; decision: BestInterests }
  /** Under 16: the young person's own view. */
  | { type: 'view'; view: YesNoNotSure; words?: string }
  /** Undo: go back to an earlier answer. It is a change of its own, so the history keeps both. */
  | { type: 'restore'; to: Consent };

/** What a history entry says happened. */
export type ChangeKind = (typeof CONSENT_CHANGES)[number];

export type ConsentProblem =
  | 'ageBandNeeded'
  | 'parentNameNeeded'
  | 'bestInterestsOnlyFrom16'
  | 'viewOnlyUnder16'
  | 'whoNeeded'
  | 'howNeeded'
  | 'whenNeeded'
  | 'whenInFuture'
  | 'advocateNeeded'
  | 'outcomeNeeded';

export type Decision =
  | { ok: true; next: Consent; change: ChangeKind }
  /** Nothing different: nothing to save, nothing for the history. */
  | { ok: true; next: Consent; change: null }
  | { ok: false; problems: ConsentProblem[] };

export interface ConsentContext {
  ageBand: AgeBand | null;
  /** Now, as an ISO time. */
  now: string;
}

/** Who must answer under the rules, given the person's age band (null: ask their age first). */
export function deciderFor(ageBand: AgeBand | null): 'person' | 'parent' | null {
  return ageBand === 'under16' ? 'parent' : ageBand === '16plus' ? 'person' : null;
}

/**
 * The answer that counts now. An answer given under the other age rule no longer counts: a
 * parent's answer stops counting when the person is 16 or older, and then they are asked
 * themselves; under 16 it is the parent or carer who decides.
 */
export function effectiveState(c: Consent, ageBand: AgeBand | null): ConsentState {
  if (c.state === 'notAsked' || ageBand === null) return c.state;
  if (ageBand === 'under16') return c.decidedBy === 'parent' ? c.state : 'notAsked';
  return c.decidedBy === 'parent' ? 'notAsked' : c.state;
}

/** Whether the thing asked about may go ahead. */
export function consentAllows(c: Consent, ageBand: AgeBand | null): boolean {
  const state = effectiveState(c, ageBand);
  return state === 'yes' || (state === 'bestInterests' && c.bestInterests?.outcome === 'yes');
}

export function checkBestInterests(d: Partial<BestInterests>, today: string): ConsentProblem[] {
  const problems: ConsentProblem[] = [];
  if (!d.who?.trim()) problems.push('whoNeeded');
  if (!d.how?.trim()) problems.push('howNeeded');
  if (!d.when || !isIsoDate(d.when)) problems.push('whenNeeded');
  else if (d.when > today) problems.push('whenInFuture');
  if (!d.advocate) problems.push('advocateNeeded');
  if (!d.outcome) problems.push('outcomeNeeded');
  return problems;
}

function sameConsent(a: Consent, b: Consent): boolean {
  return JSON.stringify({ ...a, changedAt: null }) === JSON.stringify({ ...b, changedAt: null });
}

export function decide(current: Consent, action: ConsentAction, ctx: ConsentContext): Decision {
  const { ageBand, now } = ctx;
  let next: Consent;
  let change: ChangeKind;
  switch (action.type) {
    case 'answer': {
      const decider = deciderFor(ageBand);
      if (!decider) return { ok: false, problems: ['ageBandNeeded'] };
      const parentName = (action.parentName ?? current.parentName).trim();
      if (decider === 'parent' && !parentName) return { ok: false, problems: ['parentNameNeeded'] };
      const standing = effectiveState(current, ageBand);
      // No after no (or after changing one's mind) keeps the state; no after yes is a change of mind.
      const alreadyNo = action.answer === 'no' && (standing === 'no' || standing === 'withdrawn');
      const state: ConsentState =
        action.answer === 'yes'
          ? 'yes'
          : alreadyNo
            ? current.state
            : consentAllows(current, ageBand)
              ? 'withdrawn'
              : 'no';
      next = {
        ...current,
        state,
        decidedBy: decider,
        parentName: decider === 'parent' ? parentName : '',
        // The person's own answer (or their parent's) replaces an earlier best-interests decision;
        // the history still has it.
        bestInterests: null,
      };
      change = state as 'yes' | 'no' | 'withdrawn';
      break;
    }
    case 'bestInterests': {
      if (ageBand === null) return { ok: false, problems: ['ageBandNeeded'] };
      if (ageBand === 'under16') return { ok: false, problems: ['bestInterestsOnlyFrom16'] };
      const problems = checkBestInterests(action.decision, now.slice(0, 10));
      if (problems.length) return { ok: false, problems };
      const d = action.decision;
      next = {
        ...current,
        state: 'bestInterests',
        decidedBy: 'bestInterests',
        parentName: '',
        bestInterests: { ...d, who: d.who.trim(), how: d.how.trim() },
      };
      change = 'bestInterests';
      break;
    }
    case 'view': {
      if (ageBand !== 'under16') return { ok: false, problems: ['viewOnlyUnder16'] };
      next = {
        ...current,
        view: action.view,
        viewWords: (action.words ?? current.viewWords).trim(),
      };
      change = 'view';
      break;
    }
    case 'restore': {
      next = { ...action.to };
      change = 'restored';
      break;
    }
  }
  if (sameConsent(current, next)) return { ok: true, next: current, change: null };
  return { ok: true, next: { ...next, changedAt: now }, change };
}

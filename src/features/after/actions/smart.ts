// The SMART rule for actions (domain.md §1.10): a review's recommendation is only an action when a
// named person will do it by a date. The app refuses to save one without both, and says why in one
// plain sentence (the words are in locales/en/actions.json, form.refused.*).
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/models/action';
import { isIsoDate } from '../../../shared/dates';

/** What the add/edit form holds: the action's words as typed, before they are saved. */
export interface ActionDraft {
  what: string;
  who: string;
  /** The care team contact picked, or null when a name is typed. */
  whoContact: string | null;
  howWeKnow: string;
  byWhen: string;
}

export const EMPTY_DRAFT: ActionDraft = {
  what: '',
  who: '',
  whoContact: null,
  howWeKnow: '',
  byWhen: '',
};

/** Why an action cannot be saved yet; null when it can. One reason, so one sentence. */
export type Refusal = 'noWhat' | 'noWhoNoDate' | 'noWho' | 'noDate' | 'badDate' | null;

export function smartRefusal(d: ActionDraft): Refusal {
  const who = d.who.trim() !== '';
  const date = d.byWhen.trim();
  if (!who && !date) return 'noWhoNoDate';
  if (!who) return 'noWho';
  if (!date) return 'noDate';
  if (!isIsoDate(date)) return 'badDate';
  if (!d.what.trim()) return 'noWhat';
  return null;
}

/** The fields to write for a draft that passed the rule: words trimmed, status kept as it was. */
export function actionFields(d: ActionDraft): Record<string, string | null> {
  return {
    what: d.what.trim(),
    who: d.who.trim(),
    whoContact: d.whoContact,
    howWeKnow: d.howWeKnow.trim(),
    byWhen: d.byWhen.trim(),
  };
}

/** A status the app knows; an action with none yet counts as not started. */
export function statusOf(status: ActionStatus | null): ActionStatus {
  return status && ACTION_STATUSES.includes(status) ? status : 'notStarted';
}

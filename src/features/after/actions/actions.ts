// Actions and their updates as the screens use them: decoded through their models, in the order a
// person looks at them (the soonest date first, done ones last), and the words for when each is due.
import type { TFunction } from 'i18next';
import type { RecordRef, StoredRecord } from '../../../data';
import type { SymbolId } from '../../../content/symbols';
import { actionModel, type ActionStatus } from '../../../shared/models/action';
import { actionUpdateModel, ACTION_UPDATE_PHOTOS } from '../../../shared/models/actionUpdate';
import { dueOf, type Due } from './due';
import { statusOf } from './smart';

export interface Action {
  id: string;
  ref: RecordRef;
  what: string;
  who: string;
  whoContact: string | null;
  howWeKnow: string;
  byWhen: string;
  status: ActionStatus;
  data: StoredRecord['data'];
}

export function actionFromRecord(r: StoredRecord): Action {
  const a = actionModel.decode(r.data);
  return {
    id: r.id,
    ref: { planId: r.planId, id: r.id, type: 'action' },
    what: a.what,
    who: a.who,
    whoContact: a.whoContact,
    howWeKnow: a.howWeKnow,
    byWhen: a.byWhen,
    status: statusOf(a.status),
    data: r.data,
  };
}

export const STATUS_SYMBOL: Record<ActionStatus, SymbolId> = {
  notStarted: 'status-not-started',
  started: 'status-happening',
  done: 'tick',
  stuck: 'status-stuck',
};

/** Soonest date first; no date after dated ones; done ones at the end. */
export function sortActions(list: Action[]): Action[] {
  const rank = (a: Action) => (a.status === 'done' ? 2 : a.byWhen ? 0 : 1);
  return [...list].sort((a, b) => rank(a) - rank(b) || a.byWhen.localeCompare(b.byWhen));
}

export function dueWords(t: TFunction, formatDay: (d: string) => string, due: Due, byWhen: string) {
  return t(`actions:due.${due.kind}`, { date: formatDay(byWhen) });
}

export function actionDue(a: Action, today: string): Due {
  return dueOf(a.byWhen, a.status, today);
}

export interface ActionUpdate {
  id: string;
  ref: RecordRef;
  actionId: string | null;
  when: string;
  words: string;
  photos: string[];
  data: StoredRecord['data'];
}

export function updateFromRecord(r: StoredRecord): ActionUpdate {
  const u = actionUpdateModel.decode(r.data);
  return {
    id: r.id,
    ref: { planId: r.planId, id: r.id, type: 'actionUpdate' },
    actionId: u.actionId,
    when: u.when,
    words: u.words,
    photos: ACTION_UPDATE_PHOTOS.map((f) => u[f]).filter((p): p is string => !!p),
    data: r.data,
  };
}

/** One action's updates, oldest first (by the day they are about, then as written). */
export function updatesFor(actionId: string, records: StoredRecord[]): ActionUpdate[] {
  return records
    .map(updateFromRecord)
    .filter((u) => u.actionId === actionId)
    .sort((a, b) => a.when.localeCompare(b.when));
}

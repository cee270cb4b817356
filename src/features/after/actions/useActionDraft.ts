// The add/edit form's words, kept as the person types (formDrafts in the data layer) and saved
// only when they press Save and the SMART rule lets it through. The words survive a reload, a
// closed tab and a refusal; they are forgotten once the action is saved.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { forgetFormDraft, keepFormDraft, readFormDraft } from '../../../data';
import { EMPTY_DRAFT, type ActionDraft } from './smart';

/** One draft per plan for a new action, and one per action being changed. */
export function draftKey(planId: string, actionId: string | null): string {
  return `action:${planId}:${actionId ?? 'new'}`;
}

function fromStored(stored: Partial<ActionDraft> | null, base: ActionDraft): ActionDraft {
  if (!stored) return base;
  const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  return {
    what: str(stored.what, base.what),
    who: str(stored.who, base.who),
    whoContact:
      stored.whoContact === null || typeof stored.whoContact === 'string'
        ? stored.whoContact
        : base.whoContact,
    howWeKnow: str(stored.howWeKnow, base.howWeKnow),
    byWhen: str(stored.byWhen, base.byWhen),
  };
}

export function useActionDraft(key: string, saved: ActionDraft | null) {
  const [draft, setDraft] = useState<ActionDraft>(() =>
    fromStored(readFormDraft<ActionDraft>(key), saved ?? EMPTY_DRAFT),
  );
  // Another action (or plan) in the same screen: start from its own draft.
  useEffect(() => {
    setDraft(fromStored(readFormDraft<ActionDraft>(key), saved ?? EMPTY_DRAFT));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the key changes
  }, [key]);
  const change = useCallback(
    (fields: Partial<ActionDraft>) =>
      setDraft((d) => {
        const next = { ...d, ...fields };
        keepFormDraft(key, next);
        return next;
      }),
    [key],
  );
  const forget = useCallback(() => forgetFormDraft(key), [key]);
  return { draft, change, forget };
}

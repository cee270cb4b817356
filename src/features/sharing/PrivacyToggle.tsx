// Who can see one thing the person owns: "Only me" (nobody they share with, src/shared/sharing.ts
// ONLY_ME) or "For the panel" (FOR_PANEL: viewers, and the panel, see it). Big picture cards on
// every answer, question, photo, recording and diary entry of the person's own plan. A member
// never sees them: the flags are the person's alone (the server refuses a member's change too).
import { useCurrentPlan, type RecordRef } from '../../data';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import type { Fields } from '../../shared/records';
import { FOR_PANEL, ONLY_ME } from '../../shared/sharing';
import { CheckCards } from '../../ui/CheckCards';
import { saveWithUndo } from '../forms/saver';
import './marks.css';

export interface PrivacyToggleProps {
  recordRef: RecordRef;
  /** The record's fields now (its two flags are read from them). */
  data: Fields | null | undefined;
  /** What the thing is, for the group's name ("Question 2"); absent: "this". */
  what?: string;
}

export function PrivacyToggle({ recordRef, data, what }: PrivacyToggleProps) {
  const t = useT();
  const ready = useNamespaces(['sharing']);
  const plan = useCurrentPlan();
  if (!ready || !plan || plan.role !== 'owner' || plan.id !== recordRef.planId) return null;
  const selected = [ONLY_ME, FOR_PANEL].filter((f) => data?.[f] === true);
  // One or the other: a thing only the person sees is not shown to the panel either.
  const change = (flag: string, on: boolean) =>
    void saveWithUndo(
      recordRef,
      on ? { [ONLY_ME]: flag === ONLY_ME, [FOR_PANEL]: flag === FOR_PANEL } : { [flag]: false },
    );
  return (
    <div class="privacy-toggle">
      <CheckCards
        label={what ? t('sharing:privacy.labelOf', { what }) : t('sharing:privacy.label')}
        options={[
          {
            value: ONLY_ME,
            label: t('sharing:privacy.onlyMe'),
            hint: t('sharing:privacy.onlyMeHint'),
            symbol: 'lock',
          },
          {
            value: FOR_PANEL,
            label: t('sharing:privacy.forPanel'),
            hint: t('sharing:privacy.forPanelHint'),
            symbol: 'panel',
          },
        ]}
        selected={selected}
        onChange={change}
        columns={2}
      />
    </div>
  );
}

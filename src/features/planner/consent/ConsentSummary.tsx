import { formatDay } from '../../../i18n/dates';
import { useT } from '../../../i18n/useT';
import { Picture } from '../../../ui/Picture';
import type { SymbolId } from '../../../content/symbols';
import { effectiveState, type AgeBand, type Consent, type ConsentState } from '../consent';

export const STATE_SYMBOL: Record<ConsentState, SymbolId> = {
  notAsked: 'pencil',
  yes: 'yes',
  no: 'no',
  withdrawn: 'change-mind',
  bestInterests: 'best-interests',
};

export { formatDay };

/** The answer that counts now, in words and a picture, and when it was given. */
export function ConsentSummary({
  consent,
  ageBand,
}: {
  consent: Consent;
  ageBand: AgeBand | null;
}) {
  const t = useT();
  const state = effectiveState(consent, ageBand);
  const parent = consent.decidedBy === 'parent';
  const bi = consent.bestInterests;
  let words: string;
  if (state === 'notAsked') {
    words =
      consent.state === 'notAsked'
        ? t('planner:consent.now.notAsked')
        : ageBand === 'under16'
          ? t('planner:consent.now.needsParent')
          : t('planner:consent.now.needsYou');
  } else if (state === 'bestInterests' && bi) {
    words =
      t('planner:consent.now.bestInterests', { who: bi.who }) +
      ' ' +
      t(`planner:consent.outcome.${bi.outcome}`);
  } else if (parent) {
    words = t(`planner:consent.now.parent.${state}`, { name: consent.parentName });
  } else {
    words = t(`planner:consent.now.you.${state}`);
  }
  return (
    <div class="status-line">
      <Picture symbol={STATE_SYMBOL[state]} alt="" size="small" />
      <span>
        {words}
        {state !== 'notAsked' && consent.changedAt && (
          <> {t('planner:consent.on', { date: formatDay(consent.changedAt) })}</>
        )}
      </span>
    </div>
  );
}

import type { SymbolId } from '../../../content/symbols';
import { draftOf, saveField, type RecordRef } from '../../../data';
import { useT } from '../../../i18n/useT';
import { splitSentences } from '../../../shared/text';
import { Picture } from '../../../ui/Picture';
import { SpeakButton } from '../../../ui/SpeakButton';
import { TextField } from '../../../ui/TextField';
import { useAutosave } from '../../../ui/useAutosave';

export const CRISIS_PARTS = ['looksLike', 'helps', 'notHelps'] as const;
export type CrisisPart = (typeof CRISIS_PARTS)[number];
export const PART_SYMBOL: Record<CrisisPart, SymbolId> = {
  looksLike: 'upset',
  helps: 'calm',
  notHelps: 'not-good',
};

/** One part of the crisis plan: its picture, the person's own words, and "Hear this part". */
export function CrisisSection(props: { planRef: RecordRef; part: CrisisPart; saved: string }) {
  const { planRef, part, saved } = props;
  const t = useT();
  const words = useAutosave(saved, (v) => saveField(planRef, part, v.trim()), {
    draft: draftOf(planRef, part),
  });
  const label = t(`afterCrisis:sections.${part}.label`);
  return (
    <section class="crisis-part" aria-labelledby={`crisis-${part}`}>
      <div class="crisis-part__head">
        <Picture symbol={PART_SYMBOL[part]} alt="" size="medium" />
        <h2 id={`crisis-${part}`}>{label}</h2>
      </div>
      <TextField
        label={t(`afterCrisis:sections.${part}.hint`)}
        multiline
        rows={4}
        value={words.value}
        onChange={words.setValue}
        onBlur={() => void words.flush()}
      />
      <SpeakButton
        queue={`crisis-${part}`}
        label={t('afterCrisis:hear')}
        context={label}
        sentences={[label, ...splitSentences(words.value || t('afterCrisis:empty'))]}
      />
    </section>
  );
}

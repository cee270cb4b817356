import type { RecordRef } from '../../data';
import type { FieldValue } from '../../shared/records';
import { ChoiceCards, type Choice } from '../../ui/ChoiceCards';
import { saveWithUndo } from './saver';

export interface BoundChoiceProps {
  recordRef: RecordRef;
  field: string;
  saved: FieldValue | undefined;
  label: string;
  hint?: string;
  choices: Choice<string>[];
  columns?: 2 | 3 | 4;
  /** A plain-language problem, read with the group's name and shown under it. */
  problem?: string;
}

/** Picture cards: one tap picks, and it is saved at once. */
export function BoundChoice({
  recordRef,
  field,
  saved,
  label,
  hint,
  choices,
  columns,
  problem,
}: BoundChoiceProps) {
  const value = typeof saved === 'string' && choices.some((c) => c.value === saved) ? saved : null;
  return (
    <ChoiceCards
      label={label}
      description={
        problem ? (
          <>
            {hint && <span class="choices__hint">{hint}</span>}
            <span class="field__error">{problem}</span>
          </>
        ) : (
          hint
        )
      }
      choices={choices}
      value={value}
      onChange={(v) => void saveWithUndo(recordRef, { [field]: v })}
      columns={columns}
    />
  );
}

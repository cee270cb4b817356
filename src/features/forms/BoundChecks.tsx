import type { RecordRef } from '../../data';
import type { Fields } from '../../shared/records';
import { CheckCards, type CheckCard } from '../../ui/CheckCards';
import { saveWithUndo } from './saver';

export interface BoundChecksProps {
  recordRef: RecordRef;
  /** The record's fields now: each option is one true/false field. */
  data: Fields;
  label: string;
  hint?: string;
  /** value = the field name of each option. */
  options: CheckCard[];
}

/** Picture cards where the person ticks as many as they like; each tick is saved at once. */
export function BoundChecks({ recordRef, data, label, hint, options }: BoundChecksProps) {
  return (
    <CheckCards
      label={label}
      description={hint}
      options={options}
      selected={options.filter((o) => data[o.value] === true).map((o) => o.value)}
      onChange={(field, on) => void saveWithUndo(recordRef, { [field]: on })}
    />
  );
}

import { draftOf, FieldRefusedError, type RecordRef } from '../../data';
import { useT } from '../../i18n/useT';
import { formatNumber } from '../../i18n/dates';
import { TextField } from '../../ui/TextField';
import { useAutosave } from '../../ui/useAutosave';
import { saveOrRefuse } from './saver';

export interface BoundTextProps {
  recordRef: RecordRef;
  field: string;
  /** What is saved now. */
  saved: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'date' | 'time' | 'tel' | 'email';
  autoComplete?: string;
  width?: 'short' | 'medium' | 'full';
  /** A plain-language problem with what is saved (e.g. a date that cannot be right). */
  problem?: string;
}

/** Why the words are not saved, in plain words: too long (they stay here to shorten), or not yet. */
function notSavedWords(t: ReturnType<typeof useT>, error: unknown): string {
  if (error instanceof FieldRefusedError && error.problem.problem === 'tooLong')
    return t('planner:common.tooLong', {
      max: formatNumber(error.problem.max ?? 0),
    });
  return t('planner:common.wordsNotSaved');
}

/** A text box that saves itself a moment after the person stops typing, and when they leave it. */
export function BoundText(props: BoundTextProps) {
  const t = useT();
  const { recordRef, field } = props;
  const auto = useAutosave(
    props.saved,
    async (value) => {
      const error = await saveOrRefuse(
        recordRef,
        { [field]: value },
        `text:${recordRef.id}:${field}`,
      );
      if (error) throw error;
    },
    { draft: draftOf(recordRef, field) },
  );
  return (
    <TextField
      label={props.label}
      description={props.hint}
      errorMessage={auto.failed ? notSavedWords(t, auto.error) : props.problem}
      value={auto.value}
      onChange={auto.setValue}
      onBlur={() => void auto.flush()}
      multiline={props.multiline}
      type={props.type}
      autoComplete={props.autoComplete ?? 'off'}
      width={props.width}
    />
  );
}

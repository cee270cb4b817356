import { draftOf, saveField, type RecordRef } from '../../data';
import { Picture } from '../../ui/Picture';
import { TextField } from '../../ui/TextField';
import { useAutosave } from '../../ui/useAutosave';
import type { CommunicationQuestion } from './communication';

export interface CommunicationAnswerProps {
  recordRef: RecordRef;
  question: CommunicationQuestion;
  saved: string;
}

/** One question of "How I communicate", with its picture; the answer saves as it is typed. */
export function CommunicationAnswer({ recordRef, question, saved }: CommunicationAnswerProps) {
  const answer = useAutosave(saved, (v) => saveField(recordRef, question.field, v), {
    draft: draftOf(recordRef, question.field),
  });
  return (
    <li class="easy-list__item communication-answer">
      <Picture symbol={question.symbol} alt="" size="large" />
      <TextField
        label={question.label}
        description={question.hint}
        value={answer.value}
        onChange={answer.setValue}
        onBlur={() => void answer.flush()}
        multiline
        rows={3}
      />
    </li>
  );
}

import { splitSentences } from '../../shared/text';
import { ReadAloud } from '../../ui/ReadAloud';
import { LearnLink } from './LearnLink';
import './forms.css'; // its own styles: brought by another screen's code, they arrived late and moved this one

/** Under every question: read it aloud, and "What is this?" when there is a page explaining it. */
export function QuestionTools({ id, text, learn }: { id: string; text: string; learn?: string }) {
  return (
    <div class="question-tools no-print">
      <ReadAloud id={id} sentences={splitSentences(text)} />
      {learn && <LearnLink href={learn} />}
    </div>
  );
}

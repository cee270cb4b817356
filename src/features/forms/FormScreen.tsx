import type { ComponentChildren } from 'preact';
import type { SymbolId } from '../../content/symbols';
import { useT } from '../../i18n/useT';
import { LinkButton } from '../../ui/LinkButton';
import { PageFrame } from '../../ui/PageFrame';
import { QuestionTools } from './QuestionTools';
import { SaveNote } from './SaveNote';
import { UndoButton } from './UndoButton';
import { useQuestionFirst } from './useQuestionFirst';
import './forms.css';

export interface FormScreenProps {
  /** The section this screen belongs to, e.g. "My review", and where its list of parts is. */
  section: { title: string; href: string };
  /** The question: the screen's one task, and its heading. */
  title: string;
  hint?: string;
  symbol: SymbolId;
  /** "What is this?": the easy-read page that explains the question. */
  learn?: string;
  /** Where the person is among the section's steps (StepScreen fills this in). */
  progress?: (place: 'top' | 'bottom') => ComponentChildren;
  prev?: string;
  next?: string;
  /** Words for the Next button (e.g. "Next question"). */
  nextLabel?: string;
  /** The link under the buttons to all the parts; without it, the planner's parts. */
  all?: { href: string; label: string };
  children: ComponentChildren;
}

/**
 * A screen that saves as the person goes: the question, read-aloud, the controls, then the save
 * note, "Undo my last change", and Back / Next (or "I have finished this part").
 */
export function FormScreen(props: FormScreenProps) {
  const t = useT();
  const { section, title, hint, symbol, learn, prev, next } = props;
  useQuestionFirst(title);
  return (
    <PageFrame
      title={title}
      symbol={symbol}
      lede={hint}
      titleActions={<QuestionTools id="question" text={`${title} ${hint ?? ''}`} learn={learn} />}
    >
      {props.progress?.('top')}
      <div class="step-body">{props.children}</div>
      <div class="step-footer no-print">
        <SaveNote />
        <UndoButton />
        {props.progress?.('bottom')}
        <div class="button-row">
          {prev && (
            <LinkButton href={prev} symbol="previous">
              {t('planner:common.back')}
            </LinkButton>
          )}
          <LinkButton href={next ?? section.href} variant="primary" symbol={next ? 'next' : 'tick'}>
            {next ? (props.nextLabel ?? t('planner:common.next')) : t('planner:common.finish')}
          </LinkButton>
        </div>
        <a href={props.all?.href ?? '/planner'} class="step-footer__all">
          {props.all?.label ?? t('planner:common.toPlanner')}
        </a>
      </div>
    </PageFrame>
  );
}

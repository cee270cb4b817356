import type { ComponentChildren } from 'preact';
import type { SymbolId } from '../../../content/symbols';
import { useT } from '../../../i18n/useT';
import { LinkButton } from '../../../ui/LinkButton';
import { PageFrame } from '../../../ui/PageFrame';
import { Picture } from '../../../ui/Picture';
import { QuestionTools } from './QuestionTools';
import { SaveNote } from './SaveNote';
import { UndoButton } from './UndoButton';
import '../planner.css';

export interface StepLink {
  href: string;
  label: string;
  /** Has an answer: shown with a tick. Never a mark against the person when it has not. */
  done: boolean;
}

export interface StepScreenProps {
  /** The section this step belongs to, e.g. "My review", and where its list of parts is. */
  section: { title: string; href: string };
  /** The question: the screen's one task, and its heading. */
  title: string;
  hint?: string;
  symbol: SymbolId;
  learn?: string;
  steps?: StepLink[];
  current?: number;
  prev?: string;
  next?: string;
  /** Words for the Next button (e.g. "Next question"). */
  nextLabel?: string;
  children: ComponentChildren;
}

/** One task per screen: the question, read-aloud, the controls, then Back and Next. */
export function StepScreen(props: StepScreenProps) {
  const t = useT();
  const { section, title, hint, symbol, learn, steps, current = 0, prev, next } = props;
  return (
    <PageFrame
      title={title}
      symbol={symbol}
      lede={hint}
      titleActions={<QuestionTools id="question" text={`${title} ${hint ?? ''}`} learn={learn} />}
    >
      {steps && steps.length > 1 && (
        <StepList section={section.title} steps={steps} current={current} />
      )}
      <div class="step-body">{props.children}</div>
      <div class="step-footer no-print">
        <SaveNote />
        <UndoButton />
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
        <a href="/planner" class="step-footer__all">
          {t('planner:common.toPlanner')}
        </a>
      </div>
    </PageFrame>
  );
}

function StepList({
  section,
  steps,
  current,
}: {
  section: string;
  steps: StepLink[];
  current: number;
}) {
  const t = useT();
  return (
    <nav class="steps no-print" aria-label={t('planner:common.partsOf', { section })}>
      <p class="steps__where">
        {t('planner:common.partOf', { section, n: current + 1, total: steps.length })}
      </p>
      <ol class="steps__list">
        {steps.map((s, i) => (
          <li key={s.href}>
            <a
              href={s.href}
              class={`steps__link${i === current ? ' steps__link--current' : ''}`}
              aria-current={i === current ? 'step' : undefined}
            >
              {s.done ? (
                <Picture symbol="tick" alt="" size="icon" />
              ) : (
                <span class="steps__number" aria-hidden="true">
                  {i + 1}
                </span>
              )}
              <span>{s.label}</span>
              <span class="visually-hidden">
                {s.done ? t('planner:common.hasAnswer') : t('planner:common.noAnswerYet')}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

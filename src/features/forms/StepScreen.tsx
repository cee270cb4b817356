import type { ComponentChildren } from 'preact';
import type { SymbolId } from '../../content/symbols';
import { NotFound } from '../../ui/NotFound';
import { FormScreen } from './FormScreen';
import { StepProgress, type StepLink } from './StepProgress';
import { stepHref, stepPlace } from './stepPlace';

export interface Step {
  id: string;
  /** Its short name in the list of parts. */
  label: string;
  /** Has an answer: shown with a tick. Never a mark against the person when it has not. */
  done: boolean;
}

/** What one step shows: its question (the screen's one task, and its heading) and its controls. */
export interface StepContent {
  title: string;
  hint?: string;
  symbol: SymbolId;
  /** "What is this?": the easy-read page that explains the question. */
  learn?: string;
  body: ComponentChildren;
}

export interface StepScreenProps {
  /** The section the steps belong to, e.g. "My review", and where its list of parts is. */
  section: { title: string; href: string };
  steps: Step[];
  /** The step named in the address; none means the first. */
  current: string | undefined;
  /** The steps' address without the step: each step is at `${basePath}/${id}`. */
  basePath: string;
  /** Words for the Next button (e.g. "Next question"). */
  nextLabel?: string;
  /** The link under the buttons to all the parts (FormScreen's `all`). */
  all?: { href: string; label: string };
  /** The current step's question and controls. Called during render: no hooks in it. */
  children: (step: Step, index: number) => StepContent;
}

/**
 * Every step-by-step screen: one task per screen (the question, read-aloud, the controls), then
 * Back and Next. Where the step is, Back, Next, progress and a step that is not there are worked
 * out here, the same way for every section.
 */
export function StepScreen({
  section,
  steps,
  current,
  basePath,
  nextLabel,
  all,
  children,
}: StepScreenProps) {
  const place = stepPlace(
    steps.map((s) => s.id),
    current,
    basePath,
  );
  if (!place) return <NotFound back={{ href: section.href, label: section.title }} />;
  const step = steps[place.index]!;
  const content = children(step, place.index);
  const links: StepLink[] = steps.map((s) => ({ ...s, href: stepHref(basePath, s.id) }));
  return (
    <FormScreen
      key={step.id}
      section={section}
      title={content.title}
      hint={content.hint}
      symbol={content.symbol}
      learn={content.learn}
      progress={
        steps.length > 1
          ? (where) => (
              <StepProgress
                section={section.title}
                steps={links}
                current={place.index}
                place={where}
              />
            )
          : undefined
      }
      prev={place.prev}
      next={place.next}
      nextLabel={nextLabel}
      all={all}
    >
      {content.body}
    </FormScreen>
  );
}

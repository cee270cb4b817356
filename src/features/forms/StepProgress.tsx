import { useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';
import { Picture } from '../../ui/Picture';
import './forms.css'; // its own styles: brought by another screen's code, they arrived late and moved this one

export interface StepLink {
  href: string;
  label: string;
  done: boolean;
}

/**
 * "Part 2 of 10", with the list of parts one tap away. The list is closed at first: at big text
 * on a phone, ten buttons pushed the question itself off the first screen (issue 9, item 8).
 * On a phone it sits beside Back and Next, so the question and its first answer come first.
 */
export function StepProgress({
  section,
  steps,
  current,
  place,
}: {
  section: string;
  steps: StepLink[];
  current: number;
  /** Under the question on a tablet; beside Back and Next on a phone (only one is shown). */
  place: 'top' | 'bottom';
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const listId = `steps-list-${place}`;
  return (
    <nav
      class={`steps steps--${place} no-print`}
      aria-label={t('planner:common.partsOf', { section })}
    >
      <button
        type="button"
        class="steps__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <Picture symbol="contents" alt="" size="icon" />
        <span class="steps__words">
          <span class="steps__where">
            {t('planner:common.partOf', { n: current + 1, total: steps.length })}
          </span>
          <span class="steps__cue">
            {open ? t('planner:common.hideParts') : t('planner:common.showParts')}
          </span>
        </span>
      </button>
      <ol id={listId} class="steps__list" hidden={!open}>
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

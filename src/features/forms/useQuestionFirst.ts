import { useEffect } from 'preact/hooks';
import { cameBack } from '../../ui/returnPlace';

/**
 * With big text on a small screen the question and its first answer do not fit under the app's
 * header: start the screen at the question, so the first thing seen is the task (issue 9, item
 * 8). Nothing moves when the first answer is already in view, or when the person came back from
 * "What is this?" (they return to where they were).
 */
export function useQuestionFirst(key: string): void {
  useEffect(() => {
    if (cameBack()) return;
    const main = document.getElementById('main');
    const title = main?.querySelector('.page-title');
    const control = main?.querySelector<HTMLElement>(
      '.step-body :is(input, textarea, select, button, a[href])',
    );
    if (!title || !control) return;
    const first = control.closest('label') ?? control;
    if (first.getBoundingClientRect().bottom <= window.innerHeight) return;
    title.scrollIntoView({ block: 'start' });
  }, [key]);
}

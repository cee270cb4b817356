import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StepScreen, type Step } from '../../../src/features/forms/StepScreen';
import { renderScreen } from '../../support/renderScreen';
import { allowTimeForScreens } from '../../support/patience';

allowTimeForScreens();

const STEPS: Step[] = [
  { id: 'when', label: 'When', done: true },
  { id: 'where', label: 'Where', done: false },
  { id: 'who', label: 'Who', done: false },
];

function renderStep(current: string | undefined) {
  return renderScreen(
    <StepScreen
      section={{ title: 'My review', href: '/planner' }}
      steps={STEPS}
      current={current}
      basePath="/planner/review"
    >
      {(step) => ({ title: `Question ${step.label}`, symbol: 'calendar', body: <p>Body</p> })}
    </StepScreen>,
    ['planner'],
  );
}

describe('StepScreen', () => {
  it('works out Back and Next from the list of steps', async () => {
    await renderStep('where');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Question Where');
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      '/planner/review/when',
    );
    expect(screen.getByRole('link', { name: 'Next' })).toHaveAttribute(
      'href',
      '/planner/review/who',
    );
  });

  it('ends with "I have finished this part", back to the section', async () => {
    await renderStep('who');
    expect(screen.getByRole('link', { name: 'I have finished this part' })).toHaveAttribute(
      'href',
      '/planner',
    );
    expect(screen.queryByRole('link', { name: 'Next' })).toBeNull();
  });

  it('starts at the first step when the address names none', async () => {
    await renderStep(undefined);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Question When');
  });

  it('says plainly that a step is not here, with a way back to the section', async () => {
    await renderStep('nowhere');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This page is not here');
    expect(screen.queryByText('Question When')).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to My review' })).toHaveAttribute(
      'href',
      '/planner',
    );
  });

  it('shows progress as "Part 2 of 3", with the list of parts one tap away', async () => {
    await renderStep('where');
    // Under the question on a tablet, beside Back and Next on a phone: CSS shows one of the two.
    const [top, bottom] = screen.getAllByRole('navigation', { name: 'Parts of My review' });
    expect(bottom).toBeDefined();
    const parts = within(top!);
    const toggle = parts.getByRole('button', { name: /Part 2 of 3/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(parts.queryByRole('link')).toBeNull();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(parts.getByRole('link', { name: /^When\s*has an answer/ })).toHaveAttribute(
      'href',
      '/planner/review/when',
    );
    expect(parts.getByRole('link', { name: /Where/ })).toHaveAttribute('aria-current', 'step');
  });
});

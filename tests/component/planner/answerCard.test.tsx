import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ensureCurrentPlan, keyedRef, saveFields } from '../../../src/data';
import SayCardPage from '../../../src/features/planner/say/SayCardPage';
import { expectNoAxeViolations } from '../../support/axe';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

const more = () => screen.queryByRole('button', { name: 'More ways to answer' });

describe('a "What I want to say" question', () => {
  it('leads with the feeling and own words; the other ways are one tap away', async () => {
    await ensureCurrentPlan();
    const { container } = await renderScreen(<SayCardPage theme="safe" />, ['planner']);
    await screen.findByRole('radiogroup', { name: 'How do you feel about this?' });
    expect(screen.getByRole('textbox', { name: 'In my own words' })).toBeInTheDocument();
    // Not eight blocks at once: no recorder, photo, drawing, author or quote yet.
    expect(screen.queryByRole('button', { name: 'Record my answer' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Take a photo' })).toBeNull();
    expect(screen.queryByRole('radiogroup', { name: 'Who wrote these words?' })).toBeNull();
    expect(screen.queryByText('Use my own words in the report')).toBeNull();
    expect(more()).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more()!);
    expect(more()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { name: 'Say it out loud' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Add a photo' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Draw it' })).toBeInTheDocument();
    await expectNoAxeViolations(container, 'answer card, more ways open');
  });

  it('opens "More ways to answer" by itself when one is saved, so nothing saved is hidden', async () => {
    const plan = await ensureCurrentPlan();
    await saveFields(keyedRef(plan.id, 'answer', 'safe'), { theme: 'safe', photo: 'b'.repeat(64) });
    await renderScreen(<SayCardPage theme="safe" />, ['planner']);
    expect(await screen.findByRole('heading', { name: 'More ways to answer' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Add a photo' })).toBeInTheDocument();
    expect(more()).toBeNull(); // nothing to close it with
  });

  it('asks who wrote the words, and offers them for the report in plain words', async () => {
    const plan = await ensureCurrentPlan();
    await saveFields(keyedRef(plan.id, 'answer', 'safe'), {
      theme: 'safe',
      words: 'It is loud at night.',
      author: 'me',
    });
    await renderScreen(<SayCardPage theme="safe" />, ['planner']);
    await screen.findByRole('radiogroup', { name: 'Who wrote these words?' });
    const quote = screen.getByRole('checkbox', { name: 'Use my own words in the report' });
    expect(quote).toHaveAccessibleDescription(
      'The panel writes a report after the review. Your own words can go in it.',
    );
    expect(screen.queryByText(/quote/i)).toBeNull();
    await waitFor(() => expect(quote).toBeEnabled());
  });
});

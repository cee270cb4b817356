import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardsButton } from '../../../src/features/day/CardsButton';
import CardsPage from '../../../src/features/day/CardsPage';
import { stop } from '../../../src/ui/speech';
import { expectNoAxeViolations } from '../../support/axe';
import { renderScreen } from '../../support/renderScreen';
import { stubSpeech } from '../../support/speech';
import { allowTimeForScreens } from '../../support/patience';

allowTimeForScreens();

const CARDS = [
  'I need a break',
  'I need help',
  'I have a question',
  'Please stop',
  "I don't understand",
  'Yes',
  'No',
  'Not sure',
];

afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe('communication cards', () => {
  it('opens full screen from "My cards", shows a card big, says it when asked, and closes', async () => {
    const { spoken, synth } = stubSpeech();
    await renderScreen(<CardsButton />, ['day']);
    const button = screen.getByRole('button', { name: 'My cards' });
    await userEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'My cards' });
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(expect.arrayContaining(CARDS));
    await userEvent.click(within(dialog).getByRole('button', { name: 'I need a break' }));
    const words = within(dialog).getByText('I need a break');
    await waitFor(() => expect(words).toHaveFocus());
    expect(synth.speak).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Say it out loud' }));
    expect(spoken).toEqual(['I need a break']);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Show all my cards' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'I need a break' })).toHaveFocus(),
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('the cards page lists every card and opens one big with a tap', async () => {
    const { container } = await renderScreen(<CardsPage />, ['day', 'pictures']);
    for (const card of CARDS)
      expect(screen.getByRole('button', { name: card })).toBeInTheDocument();
    await expectNoAxeViolations(container, 'cards page');
    await userEvent.click(screen.getByRole('button', { name: 'Not sure' }));
    const dialog = await screen.findByRole('dialog', { name: 'My cards' });
    expect(within(dialog).getByText('Not sure')).toHaveClass('big-card__words');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close my cards' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

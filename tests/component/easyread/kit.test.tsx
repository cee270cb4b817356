// The kit's easy-read parts: hard words explained in place, a speaker per sentence, the
// "What is this?" link, and the person's own photos in every picture.
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { symbolUrl } from '../../../src/content/symbolUrl';
import { loadNamespaces } from '../../../src/i18n/i18n';
import { EasyText } from '../../../src/ui/EasyText';
import { PhotoLookupContext } from '../../../src/ui/photos';
import { Picture } from '../../../src/ui/Picture';
import { SpeakButton } from '../../../src/ui/SpeakButton';
import { speechState, stop } from '../../../src/ui/speech';
import { WhatIsThis } from '../../../src/ui/WhatIsThis';
import { expectNoAxeViolations } from '../../support/axe';
import { renderWithSettings } from '../../support/render';
import { stubSpeech } from '../../support/speech';
import { allowTimeForScreens } from '../../support/patience';

allowTimeForScreens();

beforeAll(() => loadNamespaces(['glossary']));
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

const TEXT = 'You can ask an [[advocate]] to help. An advocate speaks up for you.';

describe('EasyText', () => {
  it('puts each sentence on its own line and a hard word is a button that is not open', async () => {
    const { container } = renderWithSettings(<EasyText text={TEXT} />);
    expect(container.querySelectorAll('.easy-text__sentence')).toHaveLength(2);
    const word = screen.getByRole('button', { name: 'advocate' });
    expect(word).toHaveAttribute('aria-expanded', 'false');
    expect(container.textContent).not.toContain('[[');
    await expectNoAxeViolations(container, 'easy text');
  });

  it('opens the meaning under the sentence, with its picture, and closes with Escape', async () => {
    const { container } = renderWithSettings(<EasyText text={TEXT} />);
    const word = screen.getByRole('button', { name: 'advocate' });
    await userEvent.click(word);
    expect(word).toHaveAttribute('aria-expanded', 'true');
    const meaning = await screen.findByRole('group', { name: 'advocate' });
    expect(word).toHaveAttribute('aria-controls', meaning.id);
    expect(meaning).toHaveTextContent('An advocate is someone who helps you speak up.');
    expect(within(meaning).getByRole('img', { name: 'A person speaking' })).toBeInTheDocument();
    expect(within(meaning).getByRole('link', { name: 'See all the hard words' })).toHaveAttribute(
      'href',
      '/learn/words#advocate',
    );
    await expectNoAxeViolations(container, 'easy text with a meaning open');

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'advocate' })).toBeNull();
    expect(word).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes from the Close button and puts focus back on the word', async () => {
    renderWithSettings(<EasyText text={TEXT} />);
    const word = screen.getByRole('button', { name: 'advocate' });
    await userEvent.click(word);
    await userEvent.click(await screen.findByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(word).toHaveFocus();
  });

  it('links hard words to their entry instead, on the glossary page', () => {
    renderWithSettings(<EasyText text={TEXT} terms="link" />);
    expect(screen.getByRole('link', { name: 'advocate' })).toHaveAttribute('href', '#advocate');
  });

  it('reads one sentence when its speaker is pressed, and lights it up', async () => {
    const { spoken } = stubSpeech();
    const { container } = renderWithSettings(
      <EasyText text={TEXT} queue="page" offset={3} speakEach />,
    );
    const speakers = screen.getAllByRole('button', { name: 'Hear this sentence' });
    expect(speakers).toHaveLength(2);
    expect(speakers[1]).toHaveAccessibleDescription('An advocate speaks up for you.');
    await userEvent.click(speakers[1]!);
    expect(spoken).toEqual(['An advocate speaks up for you.']);
    expect(container.querySelector('.sentence--speaking')).toHaveTextContent(
      'An advocate speaks up for you.',
    );
    // Pressed again while it reads, it stops.
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(speechState.get().status).toBe('idle');
  });

  it('lights up the sentence the page reader is on', () => {
    const { container } = renderWithSettings(<EasyText text={TEXT} queue="page" offset={3} />);
    speechState.set({ status: 'speaking', queue: 'page', index: 4 });
    return waitFor(() =>
      expect(container.querySelector('.sentence--speaking')).toHaveTextContent(
        'An advocate speaks up',
      ),
    );
  });

  it('shows no speakers when read-aloud is turned off', () => {
    renderWithSettings(<EasyText text={TEXT} speakEach />, { readAloud: false });
    expect(screen.queryByRole('button', { name: 'Hear this sentence' })).toBeNull();
  });
});

describe('SpeakButton', () => {
  it('says plainly when the tablet has no voice', async () => {
    stubSpeech([]);
    renderWithSettings(<SpeakButton queue="q" sentences={['Hello.']} label="Hear this" />);
    await userEvent.click(screen.getByRole('button', { name: 'Hear this' }));
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(
      'This tablet has no voice to read aloud.',
    );
  });
});

describe('WhatIsThis', () => {
  it('links to the easy-read page, with the way back to this screen', () => {
    history.replaceState(null, '', '/planner/people?step=2');
    renderWithSettings(<WhatIsThis page="who-will-be-there" about="The panel" />);
    const link = screen.getByRole('link', { name: 'What is this? The panel' });
    expect(link).toHaveAttribute(
      'href',
      `/learn/who-will-be-there?back=${encodeURIComponent('/planner/people?step=2')}`,
    );
  });

  it('links to a hard word in the glossary', () => {
    history.replaceState(null, '', '/day');
    renderWithSettings(<WhatIsThis term="advocate" label="What is an advocate?" />);
    expect(screen.getByRole('link', { name: 'What is an advocate?' })).toHaveAttribute(
      'href',
      '/learn/words?back=%2Fday#advocate',
    );
  });
});

describe('Picture with the person’s own photos', () => {
  const lookup = (symbol: string) => (symbol === 'home' ? 'blob:my-house' : undefined);
  const withPhotos = (pictures: 'symbols' | 'photos' | 'both' | 'none') =>
    renderWithSettings(
      <PhotoLookupContext.Provider value={lookup}>
        <Picture symbol="home" alt="Home" />
        <Picture symbol="help" alt="Help" />
      </PhotoLookupContext.Provider>,
      { pictures },
    );

  it('shows the photo chosen for a symbol when the setting is "My own photos"', () => {
    withPhotos('photos');
    expect(screen.getByRole('img', { name: 'Home' })).toHaveAttribute('src', 'blob:my-house');
    expect(screen.getByRole('img', { name: 'Help' })).toHaveAttribute('src', symbolUrl('help'));
  });

  it('keeps the symbol when the setting is "Pictures", and shows neither with "No pictures"', () => {
    const { unmount } = withPhotos('symbols');
    expect(screen.getByRole('img', { name: 'Home' })).toHaveAttribute('src', symbolUrl('home'));
    unmount();
    withPhotos('none');
    expect(screen.queryAllByRole('img')).toHaveLength(0);
  });
});

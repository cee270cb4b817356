import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { symbolUrl } from '../../../src/content/symbolUrl';
import { Button } from '../../../src/ui/Button';
import { Picture } from '../../../src/ui/Picture';
import { ReadAloud, SpokenText } from '../../../src/ui/ReadAloud';
import { speechState, stop } from '../../../src/ui/speech';
import { expectNoAxeViolations } from '../../support/axe';
import { renderWithSettings } from '../../support/render';
import { DialogExample, EXAMPLES, FrameExample } from '../../../src/features/kit/examples';
import { loadNamespaces } from '../../../src/i18n/i18n';
import { stubSpeech } from '../../support/speech';

beforeAll(() => loadNamespaces(['kit']));

describe('every kit example', () => {
  it('has no axe violations: page frame', async () => {
    const { container } = renderWithSettings(<FrameExample />);
    await expectNoAxeViolations(container, 'page frame');
  });
  for (const example of EXAMPLES) {
    it(`has no axe violations: ${example.name}`, async () => {
      const { container } = renderWithSettings(example.render());
      await expectNoAxeViolations(container, example.name);
    });
  }
});

describe('Button', () => {
  it('is found by its words and runs its action when pressed or activated by keyboard', async () => {
    const onPress = vi.fn();
    renderWithSettings(
      <Button symbol="tick" onPress={onPress}>
        Save my answer
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Save my answer' });
    await userEvent.click(button);
    button.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onPress).toHaveBeenCalledTimes(3);
  });
});

describe('TextField', () => {
  it('has a visible label, its hint and error are read with it', async () => {
    renderWithSettings(EXAMPLES.find((e) => e.name === 'text field with an error')!.render());
    const box = screen.getByRole('textbox', { name: 'What helps you feel calm?' });
    expect(box).toHaveAccessibleDescription(
      /You can write as much as you like\..*Please write something here\./,
    );
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(box, 'Music');
    expect(box).toHaveValue('Music');
  });

  it('multi-line is a text area', () => {
    renderWithSettings(EXAMPLES.find((e) => e.name === 'text field, multi-line')!.render());
    expect(screen.getByRole('textbox', { name: 'What helps you feel calm?' }).tagName).toBe(
      'TEXTAREA',
    );
  });
});

describe('ChoiceCards', () => {
  it('is a radio group: one tap picks, arrow keys move the choice', async () => {
    renderWithSettings(EXAMPLES.find((e) => e.name === 'choice cards')!.render());
    const group = screen.getByRole('radiogroup', { name: 'How do you feel about this?' });
    const good = within(group).getByRole('radio', { name: 'Good' });
    await userEvent.click(good);
    expect(good).toBeChecked();
    await userEvent.keyboard('{ArrowRight}');
    expect(within(group).getByRole('radio', { name: 'Not sure' })).toBeChecked();
    expect(good).not.toBeChecked();
  });
});

describe('Checkbox', () => {
  it('toggles with a tap and with the space bar, and its hint is read with it', async () => {
    renderWithSettings(EXAMPLES.find((e) => e.name === 'checkbox')!.render());
    const box = screen.getByRole('checkbox', { name: 'A quiet room' });
    expect(box).toHaveAccessibleDescription('The room has no loud noises.');
    await userEvent.click(box);
    expect(box).toBeChecked();
    await userEvent.keyboard(' ');
    expect(box).not.toBeChecked();
  });
});

describe('Dialog', () => {
  it('opens, traps nothing important, and closes with Escape', async () => {
    renderWithSettings(<DialogExample />);
    await userEvent.click(screen.getByRole('button', { name: 'Open the dialog' }));
    const dialog = await screen.findByRole('dialog', { name: 'Are you sure?' });
    expect(dialog).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('Picture', () => {
  it('shows the symbol with its text alternative by default', () => {
    renderWithSettings(<Picture symbol="home" alt="A house" label="Home" />);
    expect(screen.getByRole('img', { name: 'A house' })).toBeInTheDocument();
    expect(screen.getByText('Home')).toBeInTheDocument();
  });

  it('shows no picture when the person chose "No pictures", but keeps the words', () => {
    renderWithSettings(<Picture symbol="home" alt="A house" label="Home" />, { pictures: 'none' });
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('Home')).toBeInTheDocument();
  });

  it('shows the person’s own photo instead of the symbol, or both, as chosen', () => {
    const { unmount } = renderWithSettings(
      <Picture symbol="home" alt="My house" photo="blob:photo" />,
      { pictures: 'photos' },
    );
    expect(screen.getByRole('img', { name: 'My house' })).toHaveAttribute('src', 'blob:photo');
    expect(screen.getAllByRole('img')).toHaveLength(1);
    unmount();
    const { container } = renderWithSettings(
      <Picture symbol="home" alt="My house" photo="blob:photo" />,
      {
        pictures: 'both',
      },
    );
    expect(container.querySelectorAll('img')).toHaveLength(2);
    expect(screen.getByRole('img', { name: 'My house' })).toHaveAttribute('src', 'blob:photo');
  });

  it('falls back to the symbol when "photos" is chosen but there is no photo', () => {
    renderWithSettings(<Picture symbol="home" alt="A house" />, { pictures: 'photos' });
    expect(screen.getByRole('img', { name: 'A house' })).toHaveAttribute('src', symbolUrl('home'));
  });
});

describe('ReadAloud', () => {
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  it('speaks only when asked, one sentence at a time, highlighting the one being read', async () => {
    const { synth, spoken } = stubSpeech([{ name: 'Daniel', lang: 'en-GB', voiceURI: 'daniel' }]);
    const { container } = renderWithSettings(
      <>
        <ReadAloud id="p" sentences={['I am safe.', 'I like my room.']} />
        <p>
          <SpokenText queue="p" sentences={['I am safe.', 'I like my room.']} />
        </p>
      </>,
    );
    expect(synth.speak).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(spoken).toEqual(['I am safe.']);
    expect(container.querySelector('.sentence--speaking')).toHaveTextContent('I am safe.');
    expect(speechState.get()).toMatchObject({ status: 'speaking', queue: 'p', index: 0 });

    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(synth.pause).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Carry on' }));
    expect(synth.resume).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
    expect(container.querySelector('.sentence--speaking')).toBeNull();
  });

  it('says plainly when the tablet has no voice', async () => {
    stubSpeech([]);
    renderWithSettings(<ReadAloud id="q" sentences={['Hello.']} />);
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    // Browsers load voices late, so the kit waits a moment before saying there are none.
    expect(
      await screen.findByText(/This tablet has no voice to read aloud/, {}, { timeout: 3000 }),
    ).toBeInTheDocument();
  });

  it('is hidden when the person turned read-aloud off', () => {
    renderWithSettings(<ReadAloud id="r" sentences={['Hello.']} />, { readAloud: false });
    expect(screen.queryByRole('button', { name: 'Read aloud' })).toBeNull();
  });

  it('uses the voice and speed from settings', async () => {
    const { synth } = stubSpeech([
      { name: 'Daniel', lang: 'en-GB', voiceURI: 'daniel' },
      { name: 'Kate', lang: 'en-GB', voiceURI: 'kate' },
    ]);
    renderWithSettings(<ReadAloud id="s" sentences={['Hello.']} />, {
      voice: 'kate',
      speechRate: 0.7,
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    });
    await waitFor(() => expect(synth.speak).toHaveBeenCalled());
    const u = synth.speak.mock.calls[0]![0] as unknown as {
      voice: { voiceURI: string };
      rate: number;
    };
    expect(u.voice.voiceURI).toBe('kate');
    expect(u.rate).toBe(0.7);
  });
});

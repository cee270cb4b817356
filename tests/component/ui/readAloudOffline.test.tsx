// Read aloud's voices load when it is first pressed (src/ui/speaking.ts). If they cannot load (a
// tablet offline that never finished installing the app), nothing is read and nothing is claimed,
// and the next press tries again.
import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadAloud } from '../../../src/ui/ReadAloud';
import { renderWithSettings } from '../../support/render';
import { stubSpeech } from '../../support/speech';

const load = vi.hoisted(() => ({ fail: false }));
vi.mock('../../../src/ui/speaking', async (original) => {
  const real = await original<typeof import('../../../src/ui/speaking')>();
  return {
    ...real,
    loadSpeech: () => (load.fail ? Promise.reject(new Error('offline')) : real.loadSpeech()),
  };
});

afterEach(() => vi.unstubAllGlobals());

describe('Read aloud when its voices cannot load', () => {
  it('reads nothing and says nothing untrue, then reads when pressed again', async () => {
    const { spoken } = stubSpeech();
    renderWithSettings(<ReadAloud id="page" label="Read aloud" sentences={['Hello.']} />, {
      readAloud: true,
    });
    const button = screen.getByRole('button', { name: 'Read aloud' });

    load.fail = true;
    await userEvent.click(button);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(spoken).toEqual([]);
    expect(screen.queryByText(/has no voice/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeTruthy();

    load.fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    await vi.waitFor(() => expect(spoken).toEqual(['Hello.']));
  });
});

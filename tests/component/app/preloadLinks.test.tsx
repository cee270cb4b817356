// A screen's code and words are fetched before the person gets there: when its link is pressed or
// focused (src/app/preloadLinks.ts), and once a screen is idle for a tile marked as likely next.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { preloadOnIntent } from '../../../src/app/preloadLinks';
import { PreloadContext } from '../../../src/ui/preload';
import { Tile } from '../../../src/ui/Tile';

describe('fetching a screen before it is opened', () => {
  it('starts when a link is pressed or focused, not for a download, and stops when asked', () => {
    const preload = vi.fn();
    const stop = preloadOnIntent(preload);
    render(
      <>
        <a href="/after/diary">
          <span>My diary</span>
        </a>
        <a href="/help">Help</a>
        <a href="/files/letter.pdf" download>
          The letter
        </a>
        <button type="button">Not a link</button>
      </>,
    );
    fireEvent.pointerDown(screen.getByText('My diary'));
    expect(preload).toHaveBeenLastCalledWith(`${location.origin}/after/diary`);
    screen.getByRole('link', { name: 'Help' }).focus();
    expect(preload).toHaveBeenLastCalledWith(`${location.origin}/help`);
    fireEvent.pointerDown(screen.getByRole('link', { name: 'The letter' }));
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Not a link' }));
    expect(preload).toHaveBeenCalledTimes(2);
    stop();
    fireEvent.pointerDown(screen.getByText('My diary'));
    expect(preload).toHaveBeenCalledTimes(2);
  });

  it('a tile marked as likely next fetches its screen once the page is idle; others do not', async () => {
    const preload = vi.fn();
    render(
      <PreloadContext.Provider value={preload}>
        <Tile href="/after/diary" label="My diary" symbol="diary" preload />
        <Tile href="/after/team" label="My care team" symbol="contacts" />
      </PreloadContext.Provider>,
    );
    await waitFor(() => expect(preload).toHaveBeenCalledWith('/after/diary'));
    expect(preload).toHaveBeenCalledTimes(1);
  });
});

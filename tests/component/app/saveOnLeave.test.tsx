import { fireEvent, render, screen } from '@testing-library/preact';
import { useEffect } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveOnLeave } from '../../../src/app/saveOnLeave';
import { editingGuard } from '../../../src/ui/editingGuard';
import { useAutosave } from '../../../src/ui/useAutosave';

// A text box that saves a long moment after typing stops, as the planner's do.
function Words({ save }: { save: (v: string) => Promise<void> }) {
  const auto = useAutosave('', save, { delay: 60_000 });
  useEffect(() => saveOnLeave(() => editingGuard.flushAll()), []);
  return (
    <label>
      My words
      <input value={auto.value} onInput={(e) => auto.setValue(e.currentTarget.value)} />
    </label>
  );
}

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

afterEach(() => setVisibility('visible'));

describe('words typed just before leaving', () => {
  it('are saved when the page is closed or reloaded, without waiting for the pause', async () => {
    const save = vi.fn(async () => {});
    render(<Words save={save} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'My words' }), {
      target: { value: 'I want to live near my sister' },
    });
    expect(save).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith('I want to live near my sister'));
  });

  it('are saved when the tablet switches to another app, and not saved twice', async () => {
    const save = vi.fn(async () => {});
    render(<Words save={save} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'My words' }), {
      target: { value: 'Quiet room please' },
    });
    setVisibility('visible');
    expect(save).not.toHaveBeenCalled();
    setVisibility('hidden');
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith('Quiet room please'));
    setVisibility('hidden');
    await Promise.resolve();
    expect(save).toHaveBeenCalledTimes(1);
  });
});

import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { CheckCards } from '../../../src/ui/CheckCards';
import { expectNoAxeViolations } from '../../support/axe';
import { renderWithSettings } from '../../support/render';

function Example({ onChange }: { onChange: (v: string, on: boolean) => void }) {
  const [selected, setSelected] = useState<string[]>(['quiet']);
  return (
    <CheckCards
      label="What helps you?"
      description="You can choose more than one."
      selected={selected}
      onChange={(v, on) => {
        onChange(v, on);
        setSelected((s) => (on ? [...s, v] : s.filter((x) => x !== v)));
      }}
      options={[
        { value: 'quiet', label: 'A quiet room', symbol: 'quiet' },
        { value: 'breaks', label: 'Breaks', symbol: 'cup' },
      ]}
    />
  );
}

describe('CheckCards', () => {
  it('is a labelled group of tick boxes: each tap ticks or unticks one', async () => {
    const onChange = vi.fn();
    const { container } = renderWithSettings(<Example onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'What helps you?' });
    expect(group).toHaveAccessibleDescription('You can choose more than one.');
    const quiet = within(group).getByRole('checkbox', { name: 'A quiet room' });
    const breaks = within(group).getByRole('checkbox', { name: 'Breaks' });
    expect(quiet).toBeChecked();
    await userEvent.click(breaks);
    expect(onChange).toHaveBeenLastCalledWith('breaks', true);
    expect(breaks).toBeChecked();
    quiet.focus();
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith('quiet', false);
    expect(quiet).not.toBeChecked();
    await expectNoAxeViolations(container, 'check cards');
  });
});

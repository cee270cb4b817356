import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Disclosure } from '../../../src/ui/Disclosure';
import { renderWithSettings } from '../../support/render';

const part = (hasContent: boolean) => (
  <Disclosure label="More ways to answer" hasContent={hasContent}>
    <p>Record it</p>
  </Disclosure>
);

describe('Disclosure', () => {
  it('keeps the part one tap away, and says whether it is open', async () => {
    renderWithSettings(part(false));
    const button = screen.getByRole('button', { name: 'More ways to answer' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Record it')).toBeNull();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Record it')).toBeVisible();
    await userEvent.click(button);
    expect(screen.queryByText('Record it')).toBeNull();
  });

  it('never hides something saved: open, with no button to close it', () => {
    renderWithSettings(part(true));
    expect(screen.getByRole('heading', { name: 'More ways to answer' })).toBeInTheDocument();
    expect(screen.getByText('Record it')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('opens when something is saved inside, and stays open when it is taken away', async () => {
    const { rerender } = renderWithSettings(part(false));
    rerender(part(true));
    expect(screen.getByText('Record it')).toBeVisible();
    rerender(part(false));
    expect(screen.getByRole('button', { name: 'More ways to answer' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.getByText('Record it')).toBeVisible();
  });
});

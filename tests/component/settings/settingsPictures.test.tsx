import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ensureCurrentPlan, saveSettings } from '../../../src/data';
import SettingsPage from '../../../src/features/settings/SettingsPage';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

describe('settings pictures', () => {
  it('no two choices in one group share a picture', async () => {
    await ensureCurrentPlan();
    await saveSettings({ readAloud: true });
    await renderScreen(<SettingsPage />, ['settings']);
    await screen.findByRole('radiogroup', { name: 'Speed of reading' });
    const groups = screen.getAllByRole('radiogroup');
    expect(groups.length).toBeGreaterThanOrEqual(5);
    for (const group of groups) {
      const pictures = [...group.querySelectorAll('.choice img')].map((img) =>
        img.getAttribute('src'),
      );
      const name = group.getAttribute('aria-labelledby');
      expect(new Set(pictures).size, `pictures shared in ${name}`).toBe(pictures.length);
    }
    // The two groups the person met: speeds, and pictures or photos.
    const speeds = screen.getByRole('radiogroup', { name: 'Speed of reading' });
    expect(speeds.querySelectorAll('.choice img')).toHaveLength(4);
    const modes = screen.getByRole('radiogroup', { name: 'Pictures' });
    expect(modes.querySelectorAll('.choice img')).toHaveLength(4);
  });

  it('choosing my own photos gives a way to add them', async () => {
    await ensureCurrentPlan();
    await renderScreen(<SettingsPage />, ['settings']);
    const modes = await screen.findByRole('radiogroup', { name: 'Pictures' });
    expect(screen.queryByRole('link', { name: 'Add my own photos' })).toBeNull();
    await userEvent.click(within(modes).getByText('My own photos'));
    const link = await screen.findByRole('link', { name: 'Add my own photos' });
    expect(link).toHaveAttribute('href', '/pictures');
  });
});

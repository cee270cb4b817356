import { screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AppNotices } from '../../../src/app/AppNotices';
import { databaseNotices } from '../../../src/data/notices';
import { expectNoAxeViolations } from '../../support/axe';
import { renderWithSettings } from '../../support/render';

const clear = { blocked: false, versionChanged: false, storageFull: false, saveFailed: false };
afterEach(() => databaseNotices.set(clear));

describe('app notices', () => {
  it('say plainly when the tablet is full, and that what was saved is safe', async () => {
    databaseNotices.set({ ...clear, storageFull: true });
    const { container } = renderWithSettings(<AppNotices />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This tablet is full.');
    expect(alert).toHaveTextContent('Everything saved before is still safe.');
    await expectNoAxeViolations(container, 'storage full notice');
  });

  it('ask the person to close an old tab that blocks an update', () => {
    databaseNotices.set({ ...clear, blocked: true });
    renderWithSettings(<AppNotices />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Please close My Review in your other tabs.',
    );
  });

  it('show nothing when all is well', () => {
    const { container } = renderWithSettings(<AppNotices />);
    expect(container).toBeEmptyDOMElement();
  });
});

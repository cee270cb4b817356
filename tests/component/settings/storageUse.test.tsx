// Settings › Storage says how much photos and recordings take, each on its own line, from the
// sizes actually stored on the tablet (issue 12 item 5), and updates when asked to check again.
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { ensureCurrentPlan } from '../../../src/data';
import { StorageUse } from '../../../src/features/settings/StorageUse';
import { expectNoAxeViolations } from '../../support/axe';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

let serial = 0;

/** Stores a photo or recording of this size as putMedia does (jsdom's crypto cannot hash here). */
async function putMedia(planId: string, size: number, mime: string) {
  await db().media.put({
    sha256: (++serial).toString(16).padStart(64, '0'),
    planId,
    mime,
    bytes: new ArrayBuffer(size),
    size,
    createdAt: new Date().toISOString(),
    uploaded: 0,
  });
}

describe('storage use in settings', () => {
  it('says how much photos and recordings take, separately, from what is stored', async () => {
    const plan = await ensureCurrentPlan();
    await putMedia(plan.id, 1_500_000, 'image/jpeg');
    await putMedia(plan.id, 900_000, 'image/png'); // a drawing counts as a picture
    await putMedia(plan.id, 250_000, 'audio/webm');
    const { container } = await renderScreen(<StorageUse />, ['settings']);
    const kinds = await screen.findByRole('list', { name: 'What takes the space' });
    expect(within(kinds).getByText('Photos take 2.4 MB.')).toBeInTheDocument();
    expect(within(kinds).getByText('Recordings take 250 kB.')).toBeInTheDocument();
    // No letters or reports: no line for them.
    expect(within(kinds).getAllByRole('listitem')).toHaveLength(2);
    await expectNoAxeViolations(container, 'storage use');
  });

  it('says plainly when there are none, and checks again when asked', async () => {
    const plan = await ensureCurrentPlan();
    await renderScreen(<StorageUse />, ['settings']);
    expect(await screen.findByText('There are no photos on this tablet.')).toBeInTheDocument();
    expect(screen.getByText('There are no recordings on this tablet.')).toBeInTheDocument();

    await putMedia(plan.id, 3_000, 'audio/mp4');
    await putMedia(plan.id, 12_000, 'application/pdf');
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('Recordings take 3 kB.')).toBeInTheDocument();
    expect(screen.getByText('Letters and reports take 12 kB.')).toBeInTheDocument();
    expect(screen.getByText('There are no photos on this tablet.')).toBeInTheDocument();

    // A photo deleted from the tablet no longer counts.
    await db().media.clear();
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('There are no recordings on this tablet.')).toBeInTheDocument();
  });
});

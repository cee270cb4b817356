import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureCurrentPlan, getSettings } from '../../../src/data';
import { db } from '../../../src/data/db';
import MyPhotosPage from '../../../src/features/pictures/MyPhotosPage';
import { photosBySymbol, setPhotoFor } from '../../../src/features/pictures/pictureChoices';
import { listRecords } from '../../../src/data';
import { renderScreen } from '../../support/renderScreen';
import { expectNoAxeViolations } from '../../support/axe';
import { allowTimeForScreens } from '../../support/patience';

allowTimeForScreens();

// jsdom has no object URLs; the app makes one per stored photo.
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
let made = 0;
beforeEach(() => {
  URL.createObjectURL = () => `blob:photo-${++made}`;
  URL.revokeObjectURL = () => undefined;
});
afterEach(() => {
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
});

async function withHousePhoto() {
  const plan = await ensureCurrentPlan();
  // Stored directly: jsdom's ArrayBuffer is not one WebCrypto accepts for hashing.
  const sha = 'a'.repeat(64);
  await db().media.put({
    sha256: sha,
    planId: plan.id,
    mime: 'image/jpeg',
    bytes: new ArrayBuffer(3),
    size: 3,
    createdAt: new Date().toISOString(),
    uploaded: 0,
  });
  await setPhotoFor(plan.id, 'home', sha);
  return { plan, sha };
}

describe('My own photos', () => {
  // axe runs on this page in the browser suite (pictures.spec.ts): over a hundred pictures make it
  // slow in jsdom.
  it('lists the photos added first, then the pictures a section at a time', async () => {
    await withHousePhoto();
    const { container } = await renderScreen(<MyPhotosPage />, ['pictures'], {
      pictures: 'photos',
    });
    const lists = () => container.querySelectorAll('ul.my-photos');
    await waitFor(() => expect(lists()).toHaveLength(1));
    const names = (list: Element) =>
      [...list.querySelectorAll('.my-photos__name')].map((n) => n.textContent);
    expect(names(lists()[0]!)).toEqual(['Home']);
    // Not 190 "Change this picture" buttons at once: one button per section.
    expect(container.querySelectorAll('.my-photos__item')).toHaveLength(1);
    const people = screen.getByRole('button', { name: 'People (18 pictures)' });
    await userEvent.click(people);
    expect(names(screen.getByRole('list', { name: 'People' }))).toContain('My family');
  });

  it("finds a picture by its name, and leaves the app's own buttons out", async () => {
    await ensureCurrentPlan();
    await renderScreen(<MyPhotosPage />, ['pictures'], { pictures: 'photos' });
    const find = await screen.findByRole('searchbox', { name: 'Find a picture' });
    await userEvent.type(find, 'family');
    const found = await screen.findByRole('list', { name: 'Pictures found' });
    expect(within(found).getByText('My family')).toBeInTheDocument();
    // (The page's Read aloud has a status line of its own: find the search's.)
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('for family'))).toBe(
      true,
    );
    await userEvent.clear(find);
    await userEvent.type(find, 'Move up');
    expect(
      await screen.findByText('No pictures for Move up. Try another word.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change this picture (Move up)' })).toBeNull();
  });

  it('says when the picture setting hides the photos, and shows them with one tap', async () => {
    await withHousePhoto();
    await renderScreen(<MyPhotosPage />, ['pictures'], { pictures: 'symbols' });
    const show = await screen.findByText('Show my photos');
    await userEvent.click(show.closest('button')!);
    await waitFor(async () => expect((await getSettings()).pictures).toBe('photos'));
  });

  it('goes back to the picture, and can put the photo back again', async () => {
    const { plan, sha } = await withHousePhoto();
    await renderScreen(<MyPhotosPage />, ['pictures'], { pictures: 'photos' });
    const [change] = await screen.findAllByRole('button', { name: 'Change this picture (Home)' });
    await userEvent.click(change!);
    const dialog = await screen.findByRole('dialog', { name: 'Change this picture' });
    expect(
      await within(dialog).findByRole('img', { name: 'My photo for: Home' }),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('button', { name: 'Take a photo for this' }),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Use the picture again' }));
    expect(await within(dialog).findByText('The picture is back.')).toBeInTheDocument();
    expect(photosBySymbol(await listRecords(plan.id, 'pictureChoice')).size).toBe(0);
    await userEvent.click(
      await within(dialog).findByRole('button', { name: 'Use my photo again' }),
    );
    await waitFor(async () =>
      expect(photosBySymbol(await listRecords(plan.id, 'pictureChoice')).get('home')).toBe(sha),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('each photo the person added can be "Only me", as their answers can', async () => {
    const { plan } = await withHousePhoto();
    const { container } = await renderScreen(<MyPhotosPage />, ['pictures'], {
      pictures: 'photos',
    });
    const group = await screen.findByRole('group', { name: 'Who can see your photo for Home?' });
    expect(container.querySelector('ul.my-photos--mine')!.contains(group)).toBe(true);
    await userEvent.click(within(group).getByRole('checkbox', { name: /^Only me/ }));
    const choice = async () =>
      (await listRecords(plan.id, 'pictureChoice')).find((r) => r.data.symbol === 'home')!.data;
    await waitFor(async () => expect((await choice()).onlyMe).toBe(true));
    await waitFor(() =>
      expect(within(group).getByRole('checkbox', { name: /^Only me/ })).toBeChecked(),
    );
    // The photo itself is unchanged: only who can see it.
    expect((await choice()).photo).toBe('a'.repeat(64));
    // Only the photos the person added have the cards; the pictures of the app do not.
    await userEvent.click(screen.getByRole('button', { name: 'People (18 pictures)' }));
    expect(screen.getAllByRole('group', { name: /^Who can see/ })).toHaveLength(1);
    await expectNoAxeViolations(container.querySelector('ul.my-photos--mine')!, 'my photos');
  });

  it('a member of someone else’s plan is not offered the marks', async () => {
    const { plan } = await withHousePhoto();
    await db().plans.update(plan.id, { role: 'supporter' });
    await renderScreen(<MyPhotosPage />, ['pictures'], { pictures: 'photos' });
    await screen.findAllByRole('button', { name: 'Change this picture (Home)' });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('group', { name: /^Who can see/ })).toBeNull();
  });
});

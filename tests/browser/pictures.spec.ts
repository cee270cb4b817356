import { EasyReadPage } from './pages/EasyReadPage';
import { expect, expectNoAxeViolations, test, waitForServiceWorker } from './support/fixtures';

// Some tests here stop the server and reload: the service worker must be running.
test.use({ serviceWorkers: 'allow' });

test('a picture is replaced by the person’s own photo everywhere it is used, and put back', async ({
  page,
  server,
}) => {
  const learn = new EasyReadPage(page);
  await learn.goto('/learn/four-questions');
  await waitForServiceWorker(page);
  await server.stop();
  try {
    await page.reload();
    await learn.waitForApp();
    await page.getByRole('button', { name: 'Change the pictures' }).click();
    await page.getByRole('button', { name: 'Change this picture (A shield)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change this picture' });
    await expect(dialog.getByRole('img', { name: 'A shield' })).toBeVisible();
    await dialog
      .locator('input[type="file"]:not([capture])')
      .setInputFiles('public/icons/icon-192.png');
    await expect(
      dialog.getByText('Your photo is saved. It shows instead of the picture.'),
    ).toBeVisible();
    await expect(dialog.getByRole('img', { name: 'My photo for: A shield' })).toBeVisible();
    await expectNoAxeViolations(page, 'change picture dialog');
    // The picture setting shows symbols only by default: the dialog offers to show photos.
    await dialog.getByRole('button', { name: 'Show my photos' }).click();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toHaveCount(0);

    const block = learn.blocks.filter({ hasText: 'Question 1 is: Am I safe?' });
    const photo = block.getByRole('img', { name: 'A shield' });
    await expect(photo).toHaveAttribute('src', /^blob:/);
    await page.reload();
    await learn.waitForApp();
    await expect(photo).toHaveAttribute('src', /^blob:/);

    // The same idea elsewhere shows the same photo; "My own photos" lists it.
    await page.goto('/pictures');
    await learn.waitForApp();
    const mine = page.locator('ul.my-photos').first();
    await expect(mine.locator('.my-photos__name')).toHaveText(['Being safe']);
    await expectNoAxeViolations(page, '/pictures');
    // The person can keep the photo to themselves, with the same cards as on their answers.
    const who = mine.getByRole('group', { name: 'Who can see your photo for Being safe?' });
    const onlyMe = who.getByRole('checkbox', { name: /^Only me/ });
    await onlyMe.focus();
    await page.keyboard.press('Space');
    await expect(onlyMe).toBeChecked();
    await page.reload();
    await learn.waitForApp();
    await expect(onlyMe).toBeChecked();
    await expectNoAxeViolations(page, '/pictures with a photo kept to me');
    await mine.getByRole('button', { name: 'Change this picture (Being safe)' }).click();
    await page.getByRole('button', { name: 'Use the picture again' }).click();
    await expect(page.getByText('The picture is back.')).toBeVisible();
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await expect(page.getByText('You have not added any photos yet.')).toBeVisible();
    await page.goto('/learn/four-questions');
    await learn.waitForApp();
    await expect(photo).not.toHaveAttribute('src', /^blob:/);
  } finally {
    await server.start();
  }
});

test('the "No pictures" setting hides every picture but keeps every word', async ({ page }) => {
  const learn = new EasyReadPage(page);
  await learn.goto('/settings');
  await learn.press(page.getByRole('radio', { name: 'No pictures' }));
  for (const path of ['/learn/what-is-a-review', '/day/cards', '/learn/words']) {
    await learn.goto(path);
    await expect(page.locator('main img')).toHaveCount(0);
  }
  await learn.goto('/learn/what-is-a-review');
  await expect(page.getByText('You are the most important person at your review.')).toBeVisible();
});

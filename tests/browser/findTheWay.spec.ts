// Finding the way (issue 9): the task is where the eye lands, every card that looks tappable is,
// and every screen leads back to its own part of the app.
import { expect, test } from './support/fixtures';
import { AppPage } from './pages/AppPage';

test('a list card opens its question wherever it is tapped, and is one link', async ({ page }) => {
  const app = new AppPage(page);
  for (const [path, question, opens] of [
    ['/planner/say', 'Do you feel safe?', '/planner/say/safe'],
    ['/feedback', 'Did you feel listened to?', '/feedback/listened'],
  ] as const) {
    await app.goto(path);
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: question, exact: true }) });
    await expect(card.getByRole('link')).toHaveCount(1);
    // The corner of the card, far from the words of the link.
    const box = (await card.boundingBox())!;
    await page.mouse.click(box.x + box.width - 6, box.y + box.height - 6);
    await expect(page).toHaveURL(opens);
  }
});

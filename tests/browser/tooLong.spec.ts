import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { PlannerScreens } from './pages/PlannerScreens';

// An answer longer than its record's model allows is refused on the screen, beside the box, in
// plain words, while the person is still there; "Saved on this tablet" is not shown, and the words
// stay in the box to be shortened.

test('an over-long answer: a plain error beside the box, not "Saved on this tablet"', async ({
  page,
}) => {
  const p = new PlannerScreens(page);
  await p.open('/planner/say/safe', 'Do you feel safe?');
  const box = p.textbox('In my own words');
  const words = 'It is loud at night. '.repeat(1000) + 'The end.';
  await box.fill(words);
  await box.blur();
  await expect(box).toHaveAccessibleDescription(
    /This is too long to save\. It can have up to 20,000 letters\. Please make it shorter\.$/,
  );
  await expect(p.savedNote).toContainText(
    'Your last change is not saved. Please read the message by the box.',
  );
  await expect(p.savedNote).not.toContainText('Saved on this tablet');
  await expect(box).toHaveValue(words);
  if (process.env.SHOTS_DIR)
    await page.screenshot({ path: `${process.env.SHOTS_DIR}/too-long.png`, fullPage: false });
  await expectNoAxeViolations(page, 'an answer that is too long');

  await box.fill('It is loud at night.');
  await box.blur();
  await expect(p.savedNote).toContainText('Saved on this tablet');
  await expect(box).not.toHaveAccessibleDescription(/too long/);
});

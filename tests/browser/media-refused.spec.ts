import { CHROMIUM_ARGS, findChromium } from './support/chromium.mjs';
import { expect, test } from './support/fixtures';
import { PlannerScreens } from './pages/PlannerScreens';

// A fake microphone, but no automatic yes: the tablet refuses, as when a person says no.
test.use({
  launchOptions: {
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream'],
    executablePath: findChromium() ?? undefined,
  },
});

test('when the microphone is refused, it says so plainly and the person can still write', async ({
  page,
  context,
}) => {
  await context.clearPermissions();
  const p = new PlannerScreens(page);
  await p.open('/planner/say/future', 'What are your hopes for the future?');
  await p.button('More ways to answer').click();
  await p.button('Record my answer').click();
  await expect(page.getByText(/did not let My Review use the microphone/)).toBeVisible();
  await p.type('In my own words', 'A flat of my own near the sea');
});

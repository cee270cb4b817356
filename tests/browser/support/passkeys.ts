// Passkeys in a test: Chromium's virtual authenticator (over the DevTools protocol) stands in for
// the tablet's own lock, which says yes at once, as a person would.
import type { Page } from '@playwright/test';

/** A virtual authenticator for this page: it keeps the passkeys and always verifies the person. */
export async function addVirtualPasskeys(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

import { expect, type Locator } from '@playwright/test';
import { AppPage } from './AppPage';

/** The account screen: sign in with a passkey or an email code, add a passkey, sign out. */
export class AccountPage extends AppPage {
  get emailField(): Locator {
    return this.page.getByRole('textbox', { name: 'Your email address' });
  }
  get codeField(): Locator {
    return this.page.getByRole('textbox', { name: 'The 6 numbers from the email' });
  }

  status(words: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: words });
  }

  async open(base = '') {
    await this.goto(`${base}/account`);
    await expect(this.heading).toHaveText(/Keep my plan safe|Your account/);
  }

  /** Signs in with the code the server "emailed"; codeFor reads it from the test server. */
  async signInWithCode(email: string, codeFor: (email: string) => string) {
    await this.emailField.fill(email);
    await this.page.getByRole('button', { name: 'Send me a code' }).click();
    await expect(this.codeField).toBeVisible();
    await expect(this.codeField).toHaveAttribute('autocomplete', 'one-time-code');
    // Pasted with a space in the middle, as codes often are in emails.
    const code = codeFor(email);
    await this.codeField.fill(`${code.slice(0, 3)} ${code.slice(3)}`);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(this.heading).toHaveText('Your account');
  }

  async signOut(
    choice: 'Sign out and keep my plan here' | 'Sign out and remove my plan from here',
  ) {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
    const dialog = this.page.getByRole('alertdialog');
    await expect(dialog).toContainText('Everything is saved online.');
    await dialog.getByRole('button', { name: choice }).click();
    await expect(this.heading).toHaveText('Keep my plan safe');
  }
}

import { expect, type Locator } from '@playwright/test';
import { AppPage } from './AppPage';

export class HomePage extends AppPage {
  get nameField(): Locator {
    return this.page.getByRole('textbox', { name: 'What would you like us to call you?' });
  }
  get saveNameButton(): Locator {
    return this.page.getByRole('button', { name: 'Save my name' });
  }
  tile(name: string | RegExp): Locator {
    return this.page.getByRole('link', { name });
  }

  /** Home has loaded the person's data (the app's own app:ready measure). */
  async waitForReady() {
    await this.page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
  }

  async setName(name: string) {
    await this.nameField.fill(name);
    await this.saveNameButton.click();
    await expect(this.heading).toHaveText(`Hello, ${name}`);
  }
}

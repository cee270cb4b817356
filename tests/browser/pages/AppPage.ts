import { expect, type Locator, type Page } from '@playwright/test';

/** What every screen has: the frame with Home and Help, the save status and the title. */
export class AppPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  get homeLink(): Locator {
    return this.page.getByRole('navigation', { name: 'Go to' }).getByRole('link', { name: 'Home' });
  }
  get helpLink(): Locator {
    return this.page.getByRole('navigation', { name: 'Go to' }).getByRole('link', { name: 'Help' });
  }
  get saveStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Saved on this tablet' });
  }

  /** Waits for the live app (not only the prerendered first paint) to be running. */
  async waitForApp() {
    await this.page.waitForFunction(
      () =>
        performance.getEntriesByName('app:boot').length > 0 &&
        document.querySelector('#app main') !== null,
    );
  }

  async goto(path = '/') {
    await this.page.goto(path);
    await this.waitForApp();
  }

  /**
   * Picks a choice card or ticks a box of the kit by pressing its words, as a person does: the
   * input itself is visually hidden inside its label.
   */
  async press(control: Locator) {
    await control.locator('xpath=ancestor::label').click();
  }

  async expectTitle(title: string | RegExp) {
    await expect(this.heading).toHaveText(title);
  }
}

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
   * Opens a screen inside the running app, as a link does (the router follows popstate), and
   * waits until that screen's title is in place. The checks that walk every screen use it: a
   * fresh page load per screen would repeat the start-up work each time.
   */
  async visit(path: string) {
    const running = await this.page
      .evaluate(() => performance.getEntriesByName('app:boot').length > 0)
      .catch(() => false);
    if (!running) return this.goto(path);
    await this.page.evaluate((to) => {
      const w = window as unknown as { __before?: { h1: Element | null; text: string } };
      const h1 = document.querySelector('h1');
      w.__before = { h1, text: h1?.textContent ?? '' };
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await this.page.waitForFunction((to) => {
      const w = window as unknown as { __before?: { h1: Element | null; text: string } };
      const h1 = document.querySelector('#app main h1');
      const here = location.pathname + location.search === to;
      return here && !!h1 && (h1 !== w.__before?.h1 || h1.textContent !== w.__before?.text);
    }, path);
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

import type { Locator } from '@playwright/test';
import { AppPage } from './AppPage';

export class SettingsPage extends AppPage {
  group(name: string): Locator {
    return this.page.getByRole('radiogroup', { name });
  }
  option(group: string, option: string): Locator {
    return this.group(group).getByRole('radio', { name: option, exact: true });
  }
  /** Picks a card by tapping it, as a person does (the radio input itself is visually hidden). */
  async choose(group: string, option: string) {
    await this.group(group)
      .locator('label')
      .filter({ has: this.page.getByRole('radio', { name: option, exact: true }) })
      .click();
  }
  get textSize() {
    return this.group('Size of the words');
  }
  get colours() {
    return this.group('Colours');
  }
  get pictures() {
    return this.group('Pictures');
  }
  get reduceMotion(): Locator {
    return this.page.getByRole('checkbox', { name: 'Stop things moving on the screen' });
  }
  get readAloudToggle(): Locator {
    return this.page.getByRole('checkbox', { name: 'Show the read aloud buttons' });
  }
  /** Ticks or unticks a box by tapping its words, as a person does. */
  async toggle(box: Locator) {
    await this.page.locator('label').filter({ has: box }).click();
  }
  async htmlAttribute(name: string) {
    return this.page.evaluate((n) => document.documentElement.getAttribute(n), name);
  }
}

import { expect, type Locator } from '@playwright/test';
import { AppPage } from './AppPage';

/** After my review, driven by the keyboard only: focus a control, then press a key. */
export class AfterPage extends AppPage {
  /** Presses a button or follows a link from the keyboard. */
  async activate(control: Locator) {
    await control.focus();
    await expect(control).toBeFocused();
    await this.page.keyboard.press('Enter');
  }
  /** Picks a choice card (a radio inside its label) with the space bar. */
  async choose(radio: Locator) {
    await radio.focus();
    await this.page.keyboard.press('Space');
    await expect(radio).toBeChecked();
  }
  /** Types into a box and leaves it with Tab, which saves it. */
  async typeInto(box: Locator, text: string) {
    await box.focus();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }
  /** A date box: the date is put in whole (typing into a date box depends on the language). */
  async fillDate(box: Locator, iso: string) {
    await box.focus();
    await box.fill(iso);
    await this.page.keyboard.press('Tab');
  }
  get helpNow(): Locator {
    return this.page.getByRole('link', { name: 'Help now' });
  }
}

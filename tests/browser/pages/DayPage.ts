import type { Locator } from '@playwright/test';
import { AppPage } from './AppPage';

/** The "My review day" screens and the communication cards, reachable from every screen. */
export class DayPage extends AppPage {
  get cardsButton(): Locator {
    return this.page
      .getByRole('navigation', { name: 'Go to' })
      .getByRole('button', { name: 'My cards' });
  }
  get cardsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'My cards' });
  }
  card(name: string): Locator {
    return this.cardsDialog.getByRole('button', { name, exact: true });
  }
  get steps(): Locator {
    return this.page.getByRole('list', { name: 'The steps of my day' }).locator('.step__text');
  }
  step(action: 'Move up' | 'Move down' | 'Change' | 'Remove', text: string): Locator {
    return this.page.getByRole('button', { name: `${action} (${text})` });
  }
}

import type { Locator } from '@playwright/test';
import { AppPage } from './AppPage';

export class ConflictsPage extends AppPage {
  get notice(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Some answers need you to choose.' });
  }
  version(n: 1 | 2): Locator {
    return this.page.getByRole('region', { name: `Answer ${n}` });
  }
  keep(which: 'Keep answer 1' | 'Keep answer 2' | 'Keep both answers'): Locator {
    return this.page.getByRole('button', { name: which });
  }
}

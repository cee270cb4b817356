import { expect, type Locator } from '@playwright/test';
import { AppPage } from './AppPage';

/** An easy-read page, the contents or the glossary: what a person sees and presses there. */
export class EasyReadPage extends AppPage {
  get readPage(): Locator {
    return this.page.getByRole('button', { name: /^Read (this page|all the words) aloud$/ });
  }
  get sentenceSpeakers(): Locator {
    return this.page.getByRole('button', { name: 'Hear this sentence' });
  }
  get pager(): Locator {
    return this.page.getByRole('navigation', { name: 'Pages' });
  }
  get next(): Locator {
    return this.pager.getByRole('link', { name: /^Next page/ });
  }
  get previous(): Locator {
    return this.pager.getByRole('link', { name: /^Back to the page before/ });
  }
  get blocks(): Locator {
    return this.page.locator('.learn-block');
  }
  get speaking(): Locator {
    return this.page.locator('.sentence--speaking');
  }
  hardWord(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
  meaning(word: string): Locator {
    return this.page.getByRole('group', { name: word });
  }

  /** Every picture on the page has loaded (from the network or, offline, the cache). */
  async expectPicturesLoaded() {
    const images = this.page.locator('main img');
    await expect(images.first()).toBeVisible();
    await expect
      .poll(() =>
        images.evaluateAll((imgs) =>
          (imgs as HTMLImageElement[]).every((i) => i.complete && i.naturalWidth > 0),
        ),
      )
      .toBe(true);
  }
}

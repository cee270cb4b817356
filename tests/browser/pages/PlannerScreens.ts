import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/**
 * The planner's screens as a person uses them: tap a picture card, tick a card, type in a box,
 * go to the next part. Cards are tapped on the card itself (its label), as a finger would.
 */
export class PlannerScreens extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** A card by its words; a RegExp when the card also has a hint (its name then includes it). */
  card(name: string | RegExp, role: 'radio' | 'checkbox' = 'radio'): Locator {
    return this.page.locator('label', { has: this.page.getByRole(role, { name, exact: true }) });
  }
  radio(name: string | RegExp): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }
  checkbox(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }
  textbox(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }
  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }
  link(name: string | RegExp): Locator {
    return this.page.getByRole('link', { name });
  }
  /** The note beside the controls that screen readers hear after each save. */
  get savedNote(): Locator {
    return this.page.locator('#save-note [role="status"]');
  }

  async choose(name: string | RegExp) {
    const before = await this.savedAt();
    await this.card(name).click();
    await expect(this.radio(name)).toBeChecked();
    await this.expectSaved(before);
  }
  async tick(name: string) {
    const before = await this.savedAt();
    await this.card(name, 'checkbox').click();
    await expect(this.checkbox(name)).toBeChecked();
    await this.expectSaved(before);
  }
  /** Types like a person and leaves the box (which saves at once). */
  async type(name: string, text: string) {
    const before = await this.savedAt();
    const box = this.textbox(name);
    await box.fill(text);
    await box.blur();
    await this.expectSaved(before);
  }
  /** When the note beside the controls last said "saved" (a test hook: data-at). */
  async savedAt(): Promise<string | null> {
    const note = this.page.locator('#save-note');
    return (await note.count()) ? note.getAttribute('data-at') : null;
  }
  /** The note says "Saved on this tablet", for a save made after `before` (if given). */
  async expectSaved(before?: string | null) {
    await expect(this.savedNote).toContainText('Saved on this tablet at');
    if (before !== undefined)
      await expect(this.page.locator('#save-note')).not.toHaveAttribute('data-at', before ?? '0');
  }
  async next() {
    const title = await this.heading.textContent();
    await this.link(/^Next/).click();
    await expect(this.heading).not.toHaveText(title ?? '');
  }
  /** Goes to another part of this section through "Part 2 of 6" → the list of parts. */
  async part(name: string | RegExp) {
    const toggle = this.page.getByRole('navigation', { name: /^Parts of/ }).getByRole('button');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await this.page
      .getByRole('navigation', { name: /^Parts of/ })
      .getByRole('link', { name })
      .click();
  }
  /** Goes to a planner screen and waits for its title. */
  async open(path: string, title?: string | RegExp) {
    await this.goto(path);
    if (title) await this.expectTitle(title);
  }
}

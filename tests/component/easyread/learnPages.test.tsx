// The easy-read screens as a person meets them: every page renders its words and pictures and
// passes axe; the contents lists every topic; the glossary lists every word.
import { screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEARN_PAGES, LEARN_TOPICS } from '../../../src/content/learnPages';
import { ensureCurrentPlan } from '../../../src/data';
import GlossaryPage from '../../../src/features/learn/GlossaryPage';
import LearnContentsPage from '../../../src/features/learn/LearnContentsPage';
import LearnPage from '../../../src/features/learn/LearnPage';
import PicturesCreditPage from '../../../src/features/pictures/PicturesCreditPage';
import { i18next } from '../../../src/i18n/i18n';
import { stop } from '../../../src/ui/speech';
import { expectNoAxeViolations } from '../../support/axe';
import { renderScreen } from '../../support/renderScreen';
import { allowTimeForScreens } from '../../support/patience';

allowTimeForScreens();

const NS = ['learn', 'glossary', 'pictures'];
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe('every easy-read page', () => {
  for (const id of LEARN_PAGES) {
    it(`${id}: a picture with words beside every idea, and no axe violations`, async () => {
      await ensureCurrentPlan();
      const { container } = await renderScreen(<LearnPage params={{ id }} />, NS);
      const blocks = i18next.t(`learn:pages.${id}.blocks`, { returnObjects: true }) as {
        alt: string;
      }[];
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        i18next.t(`learn:pages.${id}.title`),
      );
      const items = container.querySelectorAll('.learn-block');
      expect(items).toHaveLength(blocks.length);
      items.forEach((item, i) =>
        expect(
          within(item as HTMLElement).getByRole('img', { name: blocks[i]!.alt }),
        ).toBeInTheDocument(),
      );
      expect(screen.getByRole('button', { name: 'Read this page aloud' })).toBeInTheDocument();
      expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument();
      await expectNoAxeViolations(container, id);
    });
  }

  it('says which part of a topic a page is, and links to the pages either side', async () => {
    await renderScreen(<LearnPage params={{ id: 'people-who-know-me' }} />, NS);
    expect(screen.getByText('Part 2 of 2 about: Who will be there')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(
      within(nav).getByRole('link', { name: /Back to the page before.*Who will be there/ }),
    ).toHaveAttribute('href', '/learn/who-will-be-there');
    expect(within(nav).getByRole('link', { name: /Next page.*Getting ready/ })).toHaveAttribute(
      'href',
      '/learn/getting-ready',
    );
    expect(within(nav).getByRole('link', { name: 'All the pages' })).toHaveAttribute(
      'href',
      '/learn',
    );
  });

  it('offers the way back to the screen that sent the person here', async () => {
    history.replaceState(null, '', '/learn/the-day?back=%2Fplanner%2Fpeople');
    await renderScreen(<LearnPage params={{ id: 'the-day' }} />, NS);
    expect(screen.getByRole('link', { name: 'Go back to where I was' })).toHaveAttribute(
      'href',
      '/planner/people',
    );
    history.replaceState(null, '', '/');
  });

  it('does not offer a way back to another website', async () => {
    history.replaceState(null, '', '/learn/the-day?back=%2F%2Fevil.example');
    await renderScreen(<LearnPage params={{ id: 'the-day' }} />, NS);
    expect(screen.queryByRole('link', { name: 'Go back to where I was' })).toBeNull();
    history.replaceState(null, '', '/');
  });

  it('says plainly when there is no such page', async () => {
    await renderScreen(<LearnPage params={{ id: 'no-such-page' }} />, NS);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('We cannot find this page');
    expect(screen.getByRole('link', { name: 'All the pages' })).toHaveAttribute('href', '/learn');
  });
});

describe('contents', () => {
  it('lists every topic in order with its picture, and the other help', async () => {
    const { container } = await renderScreen(<LearnContentsPage />, NS);
    const links = within(container.querySelector('.learn-topics') as HTMLElement).getAllByRole(
      'link',
    );
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      LEARN_TOPICS.map((t) => `/learn/${t.id}`),
    );
    expect(screen.getByRole('link', { name: /Hard words and what they mean/ })).toHaveAttribute(
      'href',
      '/learn/words',
    );
    expect(screen.getByRole('link', { name: /About the pictures/ })).toHaveAttribute(
      'href',
      '/learn/pictures',
    );
    await expectNoAxeViolations(container, 'contents');
  });
});

describe('glossary', () => {
  it('lists every word A to Z, each with its own address, picture and a button to hear it', async () => {
    const { container } = await renderScreen(<GlossaryPage />, NS);
    const terms = Object.keys(i18next.t('glossary:terms', { returnObjects: true }) as object);
    const entries = [...container.querySelectorAll('.glossary-entry')];
    expect(entries.map((e) => e.id).sort()).toEqual([...terms].sort());
    const words = screen
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent!.toLowerCase());
    expect(words).toEqual([...words].sort((a, b) => a.localeCompare(b)));
    expect(
      screen.getByRole('button', { name: 'Hear what it means (advocate)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Words that start with' })).toBeInTheDocument();
    await expectNoAxeViolations(container, 'glossary');
  });
});

describe('about the pictures', () => {
  it('credits OpenMoji, its licence and every designer', async () => {
    const { container } = await renderScreen(<PicturesCreditPage />, NS);
    expect(
      screen.getByRole('link', {
        name: /Creative Commons Attribution-ShareAlike 4.0 International \(CC BY-SA 4.0\)/,
      }),
    ).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-sa/4.0/');
    const attribution = (await import('../../../assets/symbols/attribution.json')).default;
    for (const designer of new Set(attribution.symbols.map((s) => s.designer)))
      expect(screen.getByText(designer)).toBeInTheDocument();
    await expectNoAxeViolations(container, 'pictures credit');
  });
});

// The diary as evidence when the app is not in English (issue 13): the paper (cover, dates,
// labels) is in English for an advocate or solicitor, the person's own words stay as written, and
// the screen says so in the person's language.
import { screen } from '@testing-library/preact';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecord, ensureCurrentPlan } from '../../../src/data';
import EvidencePage from '../../../src/features/after/diary/EvidencePage';
import english from '../../../locales/en/diary.json';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();
const NS = ['diary', 'after', 'planner'];

afterEach(() => i18next.changeLanguage('en'));

async function oneEntry() {
  const plan = await ensureCurrentPlan();
  await createRecord(plan.id, 'diary', {
    when: '2027-02-02',
    text: 'Zadzwoniłam do Jo.',
    kind: 'call',
    who: 'Jo',
  });
}

describe('the diary as evidence in another language', () => {
  it('prints in English, keeps the person’s words, and says so in their language', async () => {
    await oneEntry();
    await renderScreen(<EvidencePage />, NS);
    await screen.findByText('Zadzwoniłam do Jo.');
    // Invented Polish for the screen's words (locales/pl arrives with the translation).
    i18next.addResourceBundle(
      'pl',
      'diary',
      {
        ...english,
        evidence: {
          ...english.evidence,
          title: 'Mój dziennik jako dowód',
          inEnglish: 'Wydruk i arkusz są po angielsku, dla twojego rzecznika albo prawnika.',
          ownWords: 'Twoje słowa zostają takie, jak je napisałeś.',
          cover: { ...english.evidence.cover, noName: 'Mój dziennik' },
          who: 'Kto był',
        },
      },
      true,
      true,
    );
    await i18next.changeLanguage('pl');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Mój dziennik jako dowód',
    );
    expect(
      screen.getByText('Wydruk i arkusz są po angielsku, dla twojego rzecznika albo prawnika.'),
    ).toBeInTheDocument();
    const paper = document.querySelector('[lang="en"]')!;
    expect(paper).toHaveAttribute('dir', 'ltr');
    expect(paper).toHaveTextContent('My diary'); // the cover, in English
    expect(paper).toHaveTextContent('Who was involved');
    expect(paper).not.toHaveTextContent('Kto był');
    expect(paper).toHaveTextContent('2 February 2027');
    expect(paper).toHaveTextContent('Zadzwoniłam do Jo.');
  });

  it('says nothing about English when the app is in English', async () => {
    await oneEntry();
    await renderScreen(<EvidencePage />, NS);
    await screen.findAllByText('Zadzwoniłam do Jo.');
    expect(screen.queryByText(/in English, for your advocate/)).toBeNull();
  });
});

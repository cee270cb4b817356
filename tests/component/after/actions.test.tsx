import { screen, waitFor, within } from '@testing-library/preact';
import i18next from 'i18next';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  createRecord,
  ensureCurrentPlan,
  listRecords,
  saveFields,
  singletonRef,
} from '../../../src/data';
import ActionFormPage from '../../../src/features/after/actions/ActionFormPage';
import { ActionsDueCard } from '../../../src/features/after/actions/ActionsDueCard';
import ActionsPage from '../../../src/features/after/actions/ActionsPage';
import LetterPage from '../../../src/features/after/actions/LetterPage';
import { addDays, localToday } from '../../../src/shared/dates';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();
const NS = ['actions', 'after', 'planner', 'afterTeam'];

describe('adding an action', () => {
  it('is refused without a named person and a date, keeps the words, then saves', async () => {
    const plan = await ensureCurrentPlan();
    const user = userEvent.setup();
    const first = await renderScreen(<ActionFormPage />, NS);
    await user.type(
      await screen.findByRole('textbox', { name: 'What will happen?' }),
      'Find me a flat',
    );
    await user.click(screen.getByRole('button', { name: 'Save this action' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'An action needs a named person and a date, so it is not saved yet.',
    );
    expect(await listRecords(plan.id, 'action')).toEqual([]);

    // The words are kept: the same form, opened again, still has them.
    first.unmount();
    await renderScreen(<ActionFormPage />, NS);
    expect(await screen.findByRole('textbox', { name: 'What will happen?' })).toHaveValue(
      'Find me a flat',
    );
    await user.type(screen.getByRole('textbox', { name: 'Who will do it?' }), 'Jo Smith');
    await user.click(screen.getByRole('button', { name: 'Save this action' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'An action needs a date, so it is not saved yet.',
    );
    expect(await listRecords(plan.id, 'action')).toEqual([]);

    await user.type(screen.getByLabelText('By when?'), '2027-03-28');
    await user.click(screen.getByRole('button', { name: 'Save this action' }));
    await waitFor(async () => expect(await listRecords(plan.id, 'action')).toHaveLength(1));
    const [saved] = await listRecords(plan.id, 'action');
    expect(saved!.data).toMatchObject({
      what: 'Find me a flat',
      who: 'Jo Smith',
      whoContact: null,
      byWhen: '2027-03-28',
      status: 'notStarted',
    });
  });

  it('picks the named person from the care team, keeping their name in the action', async () => {
    const plan = await ensureCurrentPlan();
    const contact = await createRecord(plan.id, 'contact', {
      name: 'Sam Patel',
      role: 'commissioner',
      email: 'sam@example.org',
    });
    const user = userEvent.setup();
    await renderScreen(<ActionFormPage />, NS);
    await user.type(await screen.findByRole('textbox', { name: 'What will happen?' }), 'A plan');
    await user.click(screen.getByRole('radio', { name: /Sam Patel/ }));
    expect(screen.queryByRole('textbox', { name: 'Their name' })).toBeNull();
    await user.type(screen.getByLabelText('By when?'), '2027-04-01');
    await user.click(screen.getByRole('button', { name: 'Save this action' }));
    await waitFor(async () => expect(await listRecords(plan.id, 'action')).toHaveLength(1));
    const [saved] = await listRecords(plan.id, 'action');
    expect(saved!.data).toMatchObject({ who: 'Sam Patel', whoContact: contact.id });
  });
});

describe('the list of actions', () => {
  it('shows each action with its status and date in words', async () => {
    const plan = await ensureCurrentPlan();
    const today = localToday();
    await createRecord(plan.id, 'action', {
      what: 'Later one',
      who: 'Jo',
      byWhen: addDays(today, 30),
      status: 'started',
    });
    await createRecord(plan.id, 'action', {
      what: 'Late one',
      who: 'Sam',
      byWhen: addDays(today, -2),
      status: 'stuck',
    });
    await renderScreen(<ActionsPage />, NS);
    const items = within(await screen.findByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([
      'Late one',
      'Later one',
    ]);
    expect(items[0]).toHaveTextContent('Stuck');
    expect(items[0]).toHaveTextContent('It was due on');
    expect(items[1]).toHaveTextContent('Happening');
    expect(within(items[0]!).getByRole('img', { name: 'A stop sign' })).toBeInTheDocument();
  });
});

describe('the actions card on Home', () => {
  it('shows only actions due this week or late, not done ones or later ones', async () => {
    const plan = await ensureCurrentPlan();
    const today = localToday();
    const add = (what: string, days: number, status = 'notStarted') =>
      saveFields(
        { planId: plan.id, type: 'action', id: `a-${what}` },
        { what, who: 'Jo', byWhen: addDays(today, days), status },
      );
    await add('Three days ago', -3);
    await add('Today', 0);
    await add('In six days', 6);
    await add('In seven days', 7);
    await add('Done already', -1, 'done');
    await renderScreen(<ActionsDueCard planId={plan.id} />, NS);
    const card = await screen.findByRole('region', { name: 'My actions to look at' });
    const links = within(card)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual(['Three days ago', 'Today', 'In six days', 'See all my actions']);
    expect(card).toHaveTextContent('It is due today.');
    expect(card).not.toHaveTextContent(/overdue|late|!/i);
  });

  it('shows nothing when nothing is due', async () => {
    const plan = await ensureCurrentPlan();
    await createRecord(plan.id, 'action', {
      what: 'Next month',
      who: 'Jo',
      byWhen: addDays(localToday(), 30),
    });
    const { container } = await renderScreen(<ActionsDueCard planId={plan.id} />, NS);
    await new Promise((r) => setTimeout(r, 50));
    expect(container).toBeEmptyDOMElement();
  });
});

describe('the letter for a stuck action', () => {
  it('goes to the named contact, copied to the commissioner, and never says it was sent', async () => {
    const plan = await ensureCurrentPlan();
    const jo = await createRecord(plan.id, 'contact', {
      name: 'Jo Smith',
      role: 'careCoordinator',
      email: 'jo@example.org',
    });
    await saveFields(singletonRef(plan.id, 'review'), {
      date: '2027-01-12',
      kind: 'ctr',
      commissionerName: 'Sam Patel',
      commissionerContact: 'Sam Patel, sam.patel@example.org, 0161 496 0000',
    });
    const action = await createRecord(plan.id, 'action', {
      what: 'Find me a flat',
      who: 'Jo Smith',
      whoContact: jo.id,
      byWhen: '2027-03-28',
      status: 'stuck',
    });
    await createRecord(plan.id, 'actionUpdate', {
      actionId: action.id,
      when: '2027-02-02',
      words: 'Called Jo. She said next week.',
    });
    const user = userEvent.setup();
    const { container } = await renderScreen(<LetterPage id={action.id} />, NS);
    const letter = await screen.findByRole('article');
    expect(letter).toHaveTextContent('Copy to: Sam Patel');
    expect(letter).toHaveTextContent('Dear Jo Smith,');
    expect(letter).toHaveTextContent('Care and Treatment Review on Tuesday, 12 January 2027.');
    expect(letter).toHaveTextContent('Called Jo. She said next week.');
    const email = () => screen.getByRole('link', { name: 'Write an email with this letter' });
    expect(email()).toHaveAttribute(
      'href',
      expect.stringMatching(/^mailto:jo@example\.org\?cc=sam\.patel%40example\.org&subject=/),
    );
    await user.click(screen.getByRole('radio', { name: 'The commissioner: Sam Patel' }));
    expect(await screen.findByText('Dear Sam Patel,')).toBeInTheDocument();
    expect(email()).toHaveAttribute(
      'href',
      expect.stringMatching(/^mailto:sam\.patel@example\.org\?cc=jo%40example\.org&subject=/),
    );
    expect(container.textContent).not.toMatch(/\bsent\b/i);
  });
});

describe('the letter when the app is not in English', () => {
  it('keeps the letter in English for the professional, and says what it says in the person’s language', async () => {
    // Invented Polish for the test (locales/pl arrives with the translation). The letter's own
    // keys are there as English, as a translation keeps them.
    const { default: english } = await import('../../../locales/en/actions.json');
    i18next.addResourceBundle(
      'pl',
      'actions',
      {
        ...english,
        letter: {
          ...english.letter,
          title: 'List o tym zadaniu',
          lede: 'Aplikacja napisała ten list.',
        },
        letterSays: {
          title: 'Co mówi list',
          inEnglish: 'Ten list jest po angielsku, dla specjalisty. Oto co w nim jest:',
          toNamed: 'To list do {{name}}.',
          toCommissioner: 'To list do komisarza.',
          toCommissionerNamed: 'To list do {{name}}, komisarza.',
          about: 'Jest o tym zadaniu: {{what}}',
          agreed: 'Mówi, kto ma zrobić zadanie i do kiedy.',
          stuck: 'Mówi, że zadanie jeszcze się nie stało. Utknęło.',
          updates_one: 'Wymienia {{count}} zapisaną wiadomość.',
          updates_few: 'Wymienia {{count}} zapisane wiadomości.',
          updates_many: 'Wymienia {{count}} zapisanych wiadomości.',
          updates_other: 'Wymienia {{count}} zapisanej wiadomości.',
          noUpdates: 'Mówi, że nie masz żadnych wiadomości od przeglądu.',
          askNamed: 'Prosi, żeby do ciebie napisali. Co stanie się dalej i kiedy.',
          askCommissioner: 'Prosi komisarza o pomoc.',
        },
      },
      true,
      true,
    );
    const plan = await ensureCurrentPlan();
    await saveFields(singletonRef(plan.id, 'review'), { date: '2027-01-12', kind: 'ctr' });
    const action = await createRecord(plan.id, 'action', {
      what: 'Find me a flat',
      who: 'Jo Smith',
      byWhen: '2027-03-28',
      status: 'stuck',
    });
    for (const when of ['2027-02-02', '2027-02-09'])
      await createRecord(plan.id, 'actionUpdate', { actionId: action.id, when, words: 'Called.' });
    await i18next.changeLanguage('pl');
    try {
      await renderScreen(<LetterPage id={action.id} />, NS);
      const letter = await screen.findByRole('article');
      // The letter: English words, English dates, marked as English for screen readers.
      expect(letter).toHaveAttribute('lang', 'en');
      expect(letter).toHaveAttribute('dir', 'ltr');
      expect(letter).toHaveTextContent('Dear Jo Smith,');
      expect(letter).toHaveTextContent('Care and Treatment Review on Tuesday');
      expect(letter).toHaveTextContent('12 January 2027');
      // Beside it, in Polish: that it is English, and what it says (a Polish plural: 2 → few).
      const says = screen.getByRole('region', { name: 'Co mówi list' });
      expect(says).toHaveTextContent(
        'Ten list jest po angielsku, dla specjalisty. Oto co w nim jest:',
      );
      expect(
        within(says)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual([
        'To list do Jo Smith.',
        'Jest o tym zadaniu: Find me a flat.',
        'Mówi, kto ma zrobić zadanie i do kiedy.',
        'Mówi, że zadanie jeszcze się nie stało. Utknęło.',
        'Wymienia 2 zapisane wiadomości.',
        'Prosi, żeby do ciebie napisali. Co stanie się dalej i kiedy.',
      ]);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('List o tym zadaniu');
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('shows no explanation when the app is in English: the letter is in the person’s language', async () => {
    const plan = await ensureCurrentPlan();
    const action = await createRecord(plan.id, 'action', {
      what: 'Find me a flat',
      who: 'Jo Smith',
      byWhen: '2027-03-28',
      status: 'stuck',
    });
    await renderScreen(<LetterPage id={action.id} />, NS);
    expect(await screen.findByRole('article')).toHaveTextContent('Dear Jo Smith,');
    expect(screen.queryByRole('region', { name: 'What the letter says' })).toBeNull();
  });
});

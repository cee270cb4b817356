import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ensureCurrentPlan, newRecordRef, saveRecords } from '../../../src/data';
import { getRecord } from '../../../src/data/records';
import DiaryEntryPage from '../../../src/features/after/diary/DiaryEntryPage';
import DiaryPage from '../../../src/features/after/diary/DiaryPage';
import { expectNoAxeViolations } from '../../support/axe';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

const KINDS = ['call', 'letter', 'meeting', 'visit', 'incident', 'goodDay'];

/** n entries, one a day through 2027, each kind in turn. */
async function seed(n: number) {
  const plan = await ensureCurrentPlan();
  const writes = Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10);
    return {
      ref: newRecordRef(plan.id, 'diary'),
      fields: {
        when: day,
        kind: KINDS[i % KINDS.length]!,
        who: i % 2 ? 'Jo' : 'Mum',
        text: `Entry ${i + 1}`,
      },
    };
  });
  await saveRecords(writes);
  return { plan, refs: writes.map((w) => w.ref) };
}

const titles = () =>
  screen.getAllByRole('heading', { level: 2 }).filter((h) => h.classList.contains('item__title'));

describe('the diary', () => {
  it('shows only the newest entries at first, and more on request', async () => {
    await seed(45);
    const { container } = await renderScreen(<DiaryPage />, ['diary', 'planner']);
    expect(await screen.findByText('45 entries in your diary.')).toBeInTheDocument();
    expect(titles()).toHaveLength(20);
    expect(titles()[0]).toHaveTextContent(/14 February 2027/);
    expect(screen.getByText('Showing 20 of 45.')).toBeInTheDocument();
    await expectNoAxeViolations(container, 'the diary');
    await userEvent.click(screen.getByRole('button', { name: 'Show more entries' }));
    expect(titles()).toHaveLength(40);
    await userEvent.click(screen.getByRole('button', { name: 'Show more entries' }));
    expect(titles()).toHaveLength(45);
    expect(screen.queryByRole('button', { name: 'Show more entries' })).toBeNull();
  });

  it('finds by kind and by a person, and says how many it found', async () => {
    await seed(12);
    await renderScreen(<DiaryPage />, ['diary', 'planner']);
    await screen.findByText('12 entries in your diary.');
    await userEvent.click(screen.getByRole('button', { name: 'Find entries' }));
    // Its questions load when it is first opened (not part of the diary's first screen).
    const kinds = await screen.findByRole('radiogroup', { name: 'What kind?' });
    await userEvent.click(within(kinds).getByRole('radio', { name: 'A meeting' }));
    expect(await screen.findByText('2 entries found.')).toBeInTheDocument();
    expect(titles().map((h) => h.textContent)).toEqual([
      expect.stringMatching(/9 January 2027/),
      expect.stringMatching(/3 January 2027/),
    ]);
    await userEvent.type(screen.getByRole('textbox', { name: "A person's name" }), 'jo');
    expect(
      await screen.findByText('No entries found. Try changing what you look for.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show all entries' }));
    expect(await screen.findByText('12 entries in your diary.')).toBeInTheDocument();
  });

  it('the list has one delete dialog: it deletes the entry asked about, and Undo puts the same one back', async () => {
    const { refs } = await seed(3);
    const { container } = await renderScreen(<DiaryPage />, ['diary', 'planner']);
    await screen.findByText('3 entries in your diary.');
    // Newest first: the second card is the second entry (2 January).
    const cards = () => [...container.querySelectorAll<HTMLElement>('.diary-entry')];
    const second = refs[1]!.id;
    const before = await getRecord(second);
    expect(container.querySelectorAll('[role="alertdialog"]')).toHaveLength(0);

    // "No, keep it" on the first card deletes nothing.
    await userEvent.click(within(cards()[0]!).getByRole('button', { name: 'Delete this entry' }));
    const ask = await screen.findByRole('alertdialog', { name: 'Delete this entry?' });
    await userEvent.click(within(ask).getByRole('button', { name: 'No, keep it' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(cards()).toHaveLength(3);

    // Then the second card's Delete asks about that entry, and deletes only it.
    // (The rest of the page is hidden from screen readers until the dialog has quite gone.)
    await userEvent.click(
      await within(cards()[1]!).findByRole('button', { name: 'Delete this entry' }),
    );
    const again = await screen.findByRole('alertdialog', { name: 'Delete this entry?' });
    await userEvent.click(within(again).getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByText('2 entries in your diary.')).toBeInTheDocument();
    // (getRecord reads only records not deleted.)
    expect(await getRecord(second)).toBeUndefined();
    expect(await getRecord(refs[0]!.id)).toBeDefined();
    expect(await getRecord(refs[2]!.id)).toBeDefined();
    expect(titles().map((h) => h.textContent)).toEqual([
      expect.stringMatching(/3 January 2027/),
      expect.stringMatching(/1 January 2027/),
    ]);

    // "Undo my last change" puts back the same record, with every field it had.
    await userEvent.click(screen.getByRole('button', { name: 'Undo my last change' }));
    expect(await screen.findByText('3 entries in your diary.')).toBeInTheDocument();
    const back = await getRecord(second);
    expect(back?.id).toBe(second);
    expect(back?.data).toEqual(before?.data);
    expect(titles()[1]).toHaveTextContent(/2 January 2027/);
  });

  it('an entry is a step at a time, and its last link goes back to the diary', async () => {
    const { refs } = await seed(1);
    await renderScreen(<DiaryEntryPage id={refs[0]!.id} step="feeling" />, ['diary', 'planner']);
    const scale = await screen.findByRole('radiogroup', { name: 'How did it feel?' });
    expect(
      within(scale)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['good', 'notSure', 'notGood']);
    await userEvent.click(within(scale).getByRole('radio', { name: 'Good' }));
    await waitFor(() => expect(screen.getByText(/Saved on this tablet at/)).toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Go back to my diary' })).toHaveAttribute(
      'href',
      '/after/diary',
    );
  });

  it('the last step is the same "Only me" and "For the panel" cards as on a say card', async () => {
    const { refs } = await seed(1);
    const { container } = await renderScreen(<DiaryEntryPage id={refs[0]!.id} step="share" />, [
      'diary',
      'planner',
    ]);
    const group = await screen.findByRole('group', { name: 'Who can see this?' });
    const onlyMe = within(group).getByRole('checkbox', { name: /^Only me/ });
    // The easy words are part of the card's name, as on the say cards.
    expect(onlyMe.closest('label')).toHaveTextContent(
      'Only meOnly you can see this. Nobody you share with sees it.',
    );
    await userEvent.click(onlyMe);
    await waitFor(async () => expect((await getRecord(refs[0]!.id))?.data.onlyMe).toBe(true));
    await waitFor(() => expect(onlyMe).toBeChecked());
    // One or the other: for the panel takes "Only me" off.
    await userEvent.click(within(group).getByRole('checkbox', { name: /^For the panel/ }));
    await waitFor(async () =>
      expect((await getRecord(refs[0]!.id))?.data).toMatchObject({ onlyMe: false, forPanel: true }),
    );
    // The old plain tick box is gone.
    expect(screen.queryByRole('checkbox', { name: 'Only me' })).toBeNull();
    await expectNoAxeViolations(container, 'the diary entry’s last step');
  });
});

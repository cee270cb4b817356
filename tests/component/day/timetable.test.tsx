import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ensureCurrentPlan, listRecords, saveFields, singletonRef } from '../../../src/data';
import TimetablePage from '../../../src/features/day/TimetablePage';
import { expectNoAxeViolations } from '../../support/axe';
import { renderScreen } from '../../support/renderScreen';
import { allowTimeForScreens } from '../../support/patience';

allowTimeForScreens();

const stepTexts = () =>
  screen
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('step'))
    .map((li) => li.querySelector('.step__text')!.textContent);

async function startUsualPlan() {
  await ensureCurrentPlan();
  const view = await renderScreen(<TimetablePage />, ['day']);
  await userEvent.click(await screen.findByRole('button', { name: 'Start with the usual plan' }));
  // Ten steps are ten saves: give a busy test machine time.
  await waitFor(() => expect(stepTexts()).toHaveLength(10), { timeout: 8000 });
  return view;
}

describe('timetable', () => {
  it('starts empty, and fills with the usual steps of a review day in pictures', async () => {
    const { container } = await startUsualPlan();
    expect(stepTexts().slice(0, 2)).toEqual(['I arrive', 'I wait while the panel gets ready']);
    expect(screen.getByText('At 09:30')).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 10')).toBeInTheDocument();
    await expectNoAxeViolations(container, 'timetable');
  });

  it('moves a step down with a tap, says so, and keeps focus on the step', async () => {
    await startUsualPlan();
    const down = screen.getByRole('button', { name: 'Move down (I arrive)' });
    await userEvent.click(down);
    await waitFor(() =>
      expect(stepTexts().slice(0, 2)).toEqual(['I wait while the panel gets ready', 'I arrive']),
    );
    // Said in a live region, so a screen reader hears it without losing its place.
    expect(screen.getByText('I arrive is now step 2.').closest('[role="status"]')).not.toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move down (I arrive)' })).toHaveFocus(),
    );
    expect(
      screen.getByRole('button', { name: 'Move up (I wait while the panel gets ready)' }),
    ).toBeDisabled();
  });

  it('counts every quick tap: two taps on "Move up" move a step up twice', async () => {
    await startUsualPlan();
    const up = screen.getByRole('button', { name: 'Move up (Lunch)' });
    await userEvent.click(up);
    await userEvent.click(up);
    await waitFor(() => expect(stepTexts()[3]).toBe('Lunch'));
    expect(screen.getByText('Lunch is now step 4.')).toBeInTheDocument();
  });

  it('writes the usual steps in one go: one save, one time', async () => {
    const plan = await ensureCurrentPlan();
    await startUsualPlan();
    const steps = await listRecords(plan.id, 'timetable');
    expect(steps).toHaveLength(10);
    // One transaction stamps every record with the same moment; ten saves would not.
    expect(new Set(steps.map((r) => r.createdAt)).size).toBe(1);
  });

  it('removes a step and puts the same step back, not a copy', async () => {
    const plan = await ensureCurrentPlan();
    await startUsualPlan();
    const before = (await listRecords(plan.id, 'timetable')).map((r) => r.id).sort();
    await userEvent.click(screen.getByRole('button', { name: 'Remove (Lunch)' }));
    await waitFor(() => expect(stepTexts()).not.toContain('Lunch'));
    expect(screen.getByText('Lunch is removed from your timetable.')).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Put it back' });
    await waitFor(() => expect(undo).toHaveFocus());
    await userEvent.click(undo);
    await waitFor(() => expect(stepTexts()[5]).toBe('Lunch'));
    expect((await listRecords(plan.id, 'timetable')).map((r) => r.id).sort()).toEqual(before);
  });

  it('adds a step: says what is missing, keeps the words, and saves a proper time', async () => {
    const plan = await ensureCurrentPlan();
    await renderScreen(<TimetablePage />, ['day']);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a step' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a step' });
    const time = within(dialog).getByRole('textbox', { name: 'Time' });
    await userEvent.type(time, 'soon');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save this step' }));
    expect(
      within(dialog).getByRole('textbox', { name: 'What happens' }),
    ).toHaveAccessibleDescription(/Please write what happens in this step\./);
    expect(time).toHaveAccessibleDescription(/Please write the time like this: 10:30/);
    expect(time).toHaveValue('soon');

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'What happens' }),
      'I see my mum',
    );
    await userEvent.clear(time);
    await userEvent.type(time, '1.15');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Family' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save this step' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [step] = await listRecords(plan.id, 'timetable');
    expect(step!.data).toMatchObject({
      text: 'I see my mum',
      time: '01:15',
      symbol: 'family',
      done: false,
    });
  });

  it('ticks a step off as done', async () => {
    const view = await startUsualPlan();
    await userEvent.click(screen.getByRole('checkbox', { name: 'I have done this (I arrive)' }));
    await waitFor(() =>
      expect(view.container.querySelector('.step--done')).toHaveTextContent('I arrive'),
    );
  });
});

describe('timetable on the day', () => {
  it('shows the day, not forty edit buttons: changing is one tap away', async () => {
    await startUsualPlan();
    // Just made: ready to change. "I have finished changing" leaves the day in view.
    await userEvent.click(screen.getAllByRole('button', { name: 'I have finished changing' })[0]!);
    expect(
      screen.queryAllByRole('button', { name: /^(Move up|Move down|Change|Remove) \(/ }),
    ).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Add a step' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Change the timetable' }));
    expect(screen.getAllByRole('button', { name: /^Move up \(/ })).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Add a step' })).toBeInTheDocument();
  });

  it('"We are here" marks the step now and the one next, and keeps it today', async () => {
    await startUsualPlan();
    await userEvent.click(screen.getAllByRole('button', { name: 'I have finished changing' })[0]!);
    await userEvent.click(screen.getByRole('button', { name: 'We are here (Break)' }));
    const now = await screen.findByText('Now', { selector: '.step__mark' });
    expect(now.closest('li')).toHaveTextContent('Break');
    expect(now.closest('li')).toHaveAttribute('aria-current', 'step');
    await waitFor(() => expect(now).toHaveFocus());
    expect(screen.getByText('Next', { selector: '.step__mark' }).closest('li')).toHaveTextContent(
      'Lunch',
    );
    expect(screen.getByText('Break is happening now.')).toBeInTheDocument();
    // The step that is now has no "We are here" of its own.
    expect(screen.queryByRole('button', { name: 'We are here (Break)' })).toBeNull();
  });

  it('on the review day, the clock says which step is now', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date(2030, 4, 14, 12, 45));
      const plan = await ensureCurrentPlan();
      await saveFields(singletonRef(plan.id, 'review'), { date: '2030-05-14' });
      await startUsualPlan();
      const now = await screen.findByText('Now', { selector: '.step__mark' });
      expect(now.closest('li')).toHaveTextContent('Lunch'); // 12:30 has come; nothing timed since
      expect(screen.getByText('Next', { selector: '.step__mark' }).closest('li')).toHaveTextContent(
        'The panel talks with my family',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('on another day, nothing is "now" until the person says where they are', async () => {
    await startUsualPlan();
    expect(screen.queryByText('Now', { selector: '.step__mark' })).toBeNull();
    expect(
      screen.getByText('On the day, tap We are here to show where you are.'),
    ).toBeInTheDocument();
  });
});

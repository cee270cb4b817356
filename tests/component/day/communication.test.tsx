import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ensureCurrentPlan, getRecord, saveFields, singletonRef } from '../../../src/data';
import CommunicationPage from '../../../src/features/day/CommunicationPage';
import CommunicationShowPage from '../../../src/features/day/CommunicationShowPage';
import DayHubPage from '../../../src/features/day/DayHubPage';
import { localDay } from '../../../src/features/day/reviewDate';
import { expectNoAxeViolations } from '../../support/axe';
import { renderScreen } from '../../support/renderScreen';
import { allowTimeForScreens } from '../../support/patience';

allowTimeForScreens();

describe('How I communicate', () => {
  it('saves each answer as it is typed', async () => {
    const plan = await ensureCurrentPlan();
    const { container } = await renderScreen(<CommunicationPage />, ['day']);
    const box = await screen.findByRole('textbox', { name: 'What calms me' });
    expect(box).toHaveAccessibleDescription('For example: music, a walk, or a quiet room.');
    await userEvent.type(box, 'Music with headphones.');
    await waitFor(async () =>
      expect((await getRecord(singletonRef(plan.id, 'communication').id))?.data.calmsMe).toBe(
        'Music with headphones.',
      ),
    );
    await expectNoAxeViolations(container, 'how I communicate');
  });

  it('shows the answers given, with the person’s name, to read or print', async () => {
    const plan = await ensureCurrentPlan();
    await saveFields(singletonRef(plan.id, 'profile'), { name: 'Sam' });
    await saveFields(singletonRef(plan.id, 'communication'), {
      calmsMe: 'Music.',
      howToTalk: 'Slowly.',
    });
    const { container } = await renderScreen(<CommunicationShowPage />, ['day']);
    expect(await screen.findByText('My name is Sam.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How to talk to me' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What calms me' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'What I find hard' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Print this page' })).toBeInTheDocument();
    await expectNoAxeViolations(container, 'how I communicate, to show');
  });
});

describe('My review day', () => {
  it('says when the review is, that it is today, and links to every aid', async () => {
    const plan = await ensureCurrentPlan();
    await saveFields(singletonRef(plan.id, 'review'), {
      date: localDay(new Date()),
      time: '10:00',
      place: 'Oak Ward',
      format: 'inPerson',
    });
    const { container } = await renderScreen(<DayHubPage />, ['day']);
    expect(await screen.findByText('Today is your review day.')).toBeInTheDocument();
    expect(screen.getByText(/Your review is on .* at 10:00\./)).toBeInTheDocument();
    expect(screen.getByText('The place is: Oak Ward.')).toBeInTheDocument();
    for (const [name, href] of [
      [/My timetable/, '/day/timetable'],
      [/Who's who/, '/day/whos-who'],
      [/My cards/, '/day/cards'],
      [/How I communicate/, '/day/communication'],
    ] as const)
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', href);
    await expectNoAxeViolations(container, 'day hub');
  });

  it('says plainly when the planner has no date yet', async () => {
    await ensureCurrentPlan();
    await renderScreen(<DayHubPage />, ['day']);
    expect(
      await screen.findByText('Your planner does not have the date of your review yet.'),
    ).toBeInTheDocument();
  });
});

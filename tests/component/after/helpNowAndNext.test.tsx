import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createRecord, ensureCurrentPlan, saveFields, singletonRef } from '../../../src/data';
import HelpNowPage from '../../../src/features/after/crisis/HelpNowPage';
import { WhatHappensNext } from '../../../src/features/home/WhatHappensNext';
import { addDays, localToday } from '../../../src/shared/dates';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

describe('Help now', () => {
  it('shows who to call in order, with tel: links, and the plan in the person’s words', async () => {
    const plan = await ensureCurrentPlan();
    await saveFields(singletonRef(plan.id, 'review'), {
      careCoordinatorName: 'Dee Okafor',
      careCoordinatorContact: '01632 960 001',
    });
    const ana = await createRecord(plan.id, 'contact', {
      name: 'Ana Silva',
      role: 'namedNurse',
      phone: '01632 960 456',
    });
    await createRecord(plan.id, 'crisisCall', {
      contactId: `review:${plan.id}:careCoordinator`,
      order: 20,
    });
    await createRecord(plan.id, 'crisisCall', { contactId: ana.id, order: 10 });
    await saveFields(singletonRef(plan.id, 'crisisPlan'), { helps: 'My music.' });
    await renderScreen(<HelpNowPage />, ['after', 'afterCrisis', 'afterTeam']);
    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('h3')!.textContent)).toEqual([
      'Ana Silva',
      'Dee Okafor',
    ]);
    expect(within(items[0]!).getByRole('link', { name: /Call Ana Silva/ })).toHaveAttribute(
      'href',
      'tel:01632960456',
    );
    expect(within(items[1]!).getByRole('link', { name: /Call Dee Okafor/ })).toHaveAttribute(
      'href',
      'tel:01632960001',
    );
    expect(screen.getByRole('region', { name: 'What helps me' })).toHaveTextContent('My music.');
    // Parts not written yet are left out, not shown empty.
    expect(screen.queryByRole('region', { name: 'What does not help me' })).toBeNull();
  });
});

describe('What happens next, once the next review is set', () => {
  it('moves on to the next review and counts the actions still open', async () => {
    const plan = await ensureCurrentPlan();
    const today = localToday();
    await saveFields(singletonRef(plan.id, 'review'), {
      date: addDays(today, -30),
      nextDate: addDays(today, 60),
    });
    await saveFields(singletonRef(plan.id, 'report'), { received: true });
    await createRecord(plan.id, 'action', { what: 'Find a flat', status: 'started' });
    await createRecord(plan.id, 'action', { what: 'Ask the GP', status: 'done' });
    await createRecord(plan.id, 'action', { what: 'Visit', status: 'stuck' });
    const { container } = await renderScreen(<WhatHappensNext planId={plan.id} />, ['timeline']);
    await screen.findByText(/^Your next review: /);
    expect(container).toHaveTextContent('2 actions from your last review are still open.');
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    const day = items.find((li) => li.textContent!.includes('Your review'))!;
    expect(day).toHaveTextContent('(in 60 days)');
    // The chase for the last review's report is not shown for the next one.
    expect(container).not.toHaveTextContent('If your report has not come');
  });
});

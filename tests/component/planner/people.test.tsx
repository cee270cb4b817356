import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createRecord, ensureCurrentPlan, listRecords } from '../../../src/data';
import PeoplePage from '../../../src/features/planner/people/PeoplePage';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

describe('Who I want to come', () => {
  it('"Add a person" makes no one until something is entered', async () => {
    const plan = await ensureCurrentPlan();
    await renderScreen(<PeoplePage />, ['planner']);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a person' }));
    await waitFor(() => expect(location.pathname).toMatch(/^\/planner\/people\/[0-9a-f-]+\/name$/));
    expect(await listRecords(plan.id, 'attendee')).toEqual([]);
  });

  it('does not list an empty person left by an older version, or call anyone invited', async () => {
    const plan = await ensureCurrentPlan();
    await createRecord(plan.id, 'attendee', { name: '', photo: null });
    await createRecord(plan.id, 'attendee', { name: 'Kim' });
    const { container } = await renderScreen(<PeoplePage />, ['planner']);
    expect(await screen.findByRole('heading', { name: 'Kim' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(container).not.toHaveTextContent('Someone with no name yet');
    expect(container.textContent).not.toMatch(/invited/i);
  });
});

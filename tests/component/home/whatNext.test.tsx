import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ensureCurrentPlan, saveFields, singletonRef } from '../../../src/data';
import { WhatHappensNext } from '../../../src/features/home/WhatHappensNext';
import { localToday, addDays } from '../../../src/shared/dates';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

describe('What happens next', () => {
  it('ticks no step that was never done, and says gently what is still to do', async () => {
    const plan = await ensureCurrentPlan();
    await saveFields(singletonRef(plan.id, 'review'), { date: addDays(localToday(), -13) });
    const { container } = await renderScreen(<WhatHappensNext planId={plan.id} />, ['timeline']);
    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('img[src*="tick"]'))).toEqual(items.map(() => null));
    const consent = items.find((li) => li.textContent!.includes('Consent and invitations'))!;
    expect(consent).toHaveTextContent('Not done yet. You can still do it.');
    expect(within(consent).getByRole('link', { name: 'Go to my consent' })).toHaveAttribute(
      'href',
      '/planner/consent',
    );
    const feedback = items.find((li) => li.textContent!.includes('Your feedback'))!;
    expect(feedback).toHaveTextContent('Not done yet. You can still do it.');
    expect(container).not.toHaveTextContent('Done.');
  });
});

import { act, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import {
  ensureCurrentPlan,
  getCurrentPlanId,
  listPlanChoices,
  newPlan,
  setCurrentPlan,
} from '../../../src/data/plans';
import { saveField, singletonRef } from '../../../src/data/records';
import { loadNamespaces } from '../../../src/i18n/i18n';
import { PlanBanner } from '../../../src/features/plans/PlanBanner';
import { WhoseReview } from '../../../src/features/plans/WhoseReview';
import { expectNoAxeViolations } from '../../support/axe';
import { renderWithSettings } from '../../support/render';

/** The device owner's plan, and Sam's plan that a supporter helps with. */
async function twoPlans() {
  const mine = await ensureCurrentPlan();
  const sams = newPlan({ origin: 'server', role: 'supporter', userId: 'u-helper' });
  await db().plans.add(sams);
  await saveField(singletonRef(sams.id, 'profile'), 'name', 'Sam');
  await loadNamespaces(['plans']);
  return { mine, sams };
}

describe('whose review', () => {
  it('is not shown when the device holds one plan', async () => {
    await ensureCurrentPlan();
    await loadNamespaces(['plans']);
    renderWithSettings(<WhoseReview />);
    // Once the live query has answered: still nothing to choose.
    await act(async () => void (await listPlanChoices()));
    expect(screen.queryByRole('heading', { name: /Whose review/ })).toBeNull();
  });

  it('lets the person choose the plan, and only the current-plan key changes', async () => {
    const { mine, sams } = await twoPlans();
    const { container } = renderWithSettings(<WhoseReview />);
    const own = await screen.findByRole('button', { name: 'My own plan' });
    expect(own).toHaveAttribute('aria-pressed', 'true');
    const records = await db().records.count();
    await userEvent.click(screen.getByRole('button', { name: "Sam's plan" }));
    await waitFor(async () => expect(await getCurrentPlanId()).toBe(sams.id));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: "Sam's plan" })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    expect(await db().records.count()).toBe(records);
    expect(await setCurrentPlan('not-on-this-device')).toBe(false);
    expect(await getCurrentPlanId()).toBe(sams.id);
    await setCurrentPlan(mine.id);
    await expectNoAxeViolations(container, 'whose review');
  });
});

describe('the plan banner', () => {
  it("says whose plan it is on someone else's plan, and nothing on the owner's", async () => {
    const { mine, sams } = await twoPlans();
    const { container } = renderWithSettings(<PlanBanner />);
    await act(async () => void (await listPlanChoices()));
    expect(screen.queryByText(/You are helping with/)).toBeNull();
    await setCurrentPlan(sams.id);
    expect(await screen.findByText("You are helping with Sam's plan")).toBeVisible();
    expect(screen.getByRole('link', { name: 'Change whose plan' })).toHaveAttribute('href', '/');
    await expectNoAxeViolations(container, 'plan banner');
    await setCurrentPlan(mine.id);
    await waitFor(() => expect(screen.queryByText(/You are helping with/)).toBeNull());
  });
});

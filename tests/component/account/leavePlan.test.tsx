// A member leaves a plan they help with (issue 12 item 3): "Leave Sam's plan" asks first, in easy
// read; only when the server agrees does the plan leave this tablet and the screen say so. With no
// connection, or a refusal, it says nothing has changed, and the plan is still there.
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/data/db';
import { ensureCurrentPlan, newPlan } from '../../../src/data/plans';
import { singletonRef } from '../../../src/data/records';
import { LeavePlans } from '../../../src/features/account/LeavePlans';
import * as erase from '../../../src/sync/erase';
import { ApiError, OfflineError, type Transport } from '../../../src/sync/transport';
import { expectNoAxeViolations } from '../../support/axe';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

const USER = 'user-alex';
let answer: 'ok' | 'offline' | 'refused' = 'ok';
const asked: string[] = [];

/** The server as the real leavePlan meets it: agrees, cannot be reached, or refuses. */
const transport = {
  json: async (method: string, path: string) => {
    asked.push(`${method} ${path}`);
    if (answer === 'offline') throw new OfflineError();
    if (answer === 'refused') throw new ApiError(403, 'forbidden', 'No');
    return { result: 'left' };
  },
} as unknown as Transport;

vi.mock('../../../src/sync', async (real) => {
  const sync = await real<typeof import('../../../src/sync')>();
  const { db: database } = await import('../../../src/data/db');
  return {
    ...sync,
    leavePlan: (planId: string) => erase.leavePlan({ db: database(), transport }, planId),
  };
});

/** Alex's own plan, and Sam's plan Alex supports (with a record of Sam's in it). */
async function seed() {
  await ensureCurrentPlan();
  const sams = newPlan({ origin: 'server', role: 'supporter', userId: USER });
  await db().plans.add(sams);
  const profile = singletonRef(sams.id, 'profile');
  await db().records.put({
    planId: sams.id,
    id: profile.id,
    type: 'profile',
    data: { name: 'Sam' },
    rev: { name: 1 },
    deleted: false,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    updatedBy: 'sam-tablet',
  });
  return sams.id;
}

beforeEach(() => {
  answer = 'ok';
  asked.length = 0;
});

describe("leaving someone's plan", () => {
  it('asks first, then, once the server agrees, removes the plan and says so', async () => {
    const planId = await seed();
    const { container } = await renderScreen(<LeavePlans userId={USER} />, ['account']);
    await screen.findByRole('heading', { name: 'Plans I help with' });
    await expectNoAxeViolations(container, 'plans I help with');

    await userEvent.click(screen.getByRole('button', { name: "Leave Sam's plan" }));
    const ask = await screen.findByRole('alertdialog', { name: "Leave Sam's plan?" });
    expect(ask).toHaveTextContent('You will stop helping with this plan.');
    expect(ask).toHaveTextContent('This plan will go from this tablet.');
    expect(ask).toHaveTextContent('To help again, they must invite you again.');
    await expectNoAxeViolations(ask, 'leave question');
    // Nothing is asked of the server, and nothing leaves, before the person says yes.
    expect(asked).toEqual([]);

    await userEvent.click(within(ask).getByRole('button', { name: "Yes, leave Sam's plan" }));
    expect(await screen.findByText("You have left Sam's plan.")).toBeInTheDocument();
    expect(screen.getByText('It is gone from this tablet.')).toBeInTheDocument();
    expect(asked).toEqual([`POST /api/plans/${planId}/leave`]);
    expect(await db().plans.get(planId)).toBeUndefined();
    expect(await db().records.where('planId').equals(planId).count()).toBe(0);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.queryByText("Leave Sam's plan")).toBeNull();
  });

  it('"No, keep helping" changes nothing', async () => {
    const planId = await seed();
    await renderScreen(<LeavePlans userId={USER} />, ['account']);
    await userEvent.click(await screen.findByRole('button', { name: "Leave Sam's plan" }));
    await userEvent.click(await screen.findByRole('button', { name: 'No, keep helping' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(asked).toEqual([]);
    expect(await db().plans.get(planId)).toBeDefined();
  });

  it('warns that changes not yet sent will be lost', async () => {
    const planId = await seed();
    await db().outbox.add({
      mutationId: 'm-unsent',
      planId,
      recordId: `profile:${planId}`,
      type: 'profile',
      op: 'patch',
      fields: { name: { value: 'Sammy', baseRev: 1 } },
      clientTime: new Date().toISOString(),
      status: 'pending',
    });
    await renderScreen(<LeavePlans userId={USER} />, ['account']);
    await userEvent.click(await screen.findByRole('button', { name: "Leave Sam's plan" }));
    expect(
      await screen.findByText(
        'You changed 1 thing that has not reached the internet yet. It will be lost.',
      ),
    ).toBeInTheDocument();
  });

  it('with no connection says nothing has changed, and keeps the plan', async () => {
    const planId = await seed();
    answer = 'offline';
    await renderScreen(<LeavePlans userId={USER} />, ['account']);
    await userEvent.click(await screen.findByRole('button', { name: "Leave Sam's plan" }));
    await userEvent.click(await screen.findByRole('button', { name: "Yes, leave Sam's plan" }));
    expect(await screen.findByText('You are not connected to the internet.')).toBeInTheDocument();
    expect(screen.getByText("Nothing has changed. You still help with Sam's plan.")).toBeVisible();
    expect(screen.getByText('Connect to the internet, then try again.')).toBeVisible();
    expect(screen.queryByText(/You have left/)).toBeNull();
    expect(await db().plans.get(planId)).toBeDefined();
    // Once the question has gone, the button is there to try again.
    expect(await screen.findByRole('button', { name: "Leave Sam's plan" })).toBeVisible();
  });

  it('when the server refuses, says so and keeps the plan', async () => {
    const planId = await seed();
    answer = 'refused';
    await renderScreen(<LeavePlans userId={USER} />, ['account']);
    await userEvent.click(await screen.findByRole('button', { name: "Leave Sam's plan" }));
    await userEvent.click(await screen.findByRole('button', { name: "Yes, leave Sam's plan" }));
    expect(await screen.findByText('This did not work. Please try again later.')).toBeVisible();
    expect(screen.getByText("Nothing has changed. You still help with Sam's plan.")).toBeVisible();
    expect(await db().plans.get(planId)).toBeDefined();
  });
});

// "Only me" / "For the panel" on the person's own things, and who wrote each answer.
import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { ensureCurrentPlan } from '../../../src/data/plans';
import { keyedRef } from '../../../src/data/recordIds';
import { createRecord, getRecord, saveFields } from '../../../src/data/records';
import { rememberWriters } from '../../../src/data/writers';
import SayCardPage from '../../../src/features/planner/say/SayCardPage';
import QuestionsPage from '../../../src/features/planner/questions/QuestionsPage';
import { PrivacyToggle } from '../../../src/features/sharing/PrivacyToggle';
import { WhoWrote } from '../../../src/features/sharing/WhoWrote';
import { expectNoAxeViolations } from '../../support/axe';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

const onlyMe = () => screen.findByRole('checkbox', { name: /^Only me/ });

describe('Only me and For the panel', () => {
  it('on a say card: one tap makes the answer the person’s alone, in plain words', async () => {
    const plan = await ensureCurrentPlan();
    const ref = keyedRef(plan.id, 'answer', 'safe');
    await saveFields(ref, { words: 'It is loud at night.' });
    const { container } = await renderScreen(<SayCardPage theme="safe" />, ['planner']);
    expect(await screen.findByRole('group', { name: 'Who can see this?' })).toBeVisible();
    // The easy words are part of the card's name, so a screen reader says them with it.
    expect((await onlyMe()).closest('label')).toHaveTextContent(
      'Only meOnly you can see this. Nobody you share with sees it.',
    );
    await userEvent.click(await onlyMe());
    await waitFor(async () => expect((await getRecord(ref.id))?.data.onlyMe).toBe(true));
    await waitFor(async () => expect(await onlyMe()).toBeChecked());
    // For the panel and Only me are one or the other.
    await userEvent.click(screen.getByRole('checkbox', { name: /^For the panel/ }));
    await waitFor(async () =>
      expect((await getRecord(ref.id))?.data).toMatchObject({ onlyMe: false, forPanel: true }),
    );
    await expectNoAxeViolations(container, 'say card with who can see it');
  });

  it('on each question, named by its number', async () => {
    const plan = await ensureCurrentPlan();
    const ref = await createRecord(plan.id, 'question', { text: 'When can I go home?' });
    await renderScreen(<QuestionsPage />, ['planner']);
    const group = await screen.findByRole('group', { name: 'Who can see Question 1?' });
    await userEvent.click(
      (await screen.findAllByRole('checkbox', { name: /^Only me/ })).find((c) =>
        group.contains(c),
      )!,
    );
    await waitFor(async () => expect((await getRecord(ref.id))?.data.onlyMe).toBe(true));
  });

  it('is never shown to a member: the marks are the person’s alone', async () => {
    const plan = await ensureCurrentPlan();
    await db().plans.update(plan.id, { role: 'supporter' });
    const ref = keyedRef(plan.id, 'answer', 'safe');
    await renderScreen(
      <>
        <PrivacyToggle recordRef={ref} data={{}} />
        <p>ready</p>
      </>,
      ['planner', 'sharing'],
    );
    await screen.findByText('ready');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('checkbox', { name: /^Only me/ })).toBeNull();
  });
});

describe('who wrote it', () => {
  async function sharedPlan() {
    const plan = await ensureCurrentPlan();
    await db().plans.update(plan.id, { origin: 'server', userId: 'u-sam' });
    await db().transaction('rw', db().meta, () =>
      rememberWriters(db(), plan.id, [
        { userId: 'u-sam', name: 'Sam', role: 'owner' },
        { userId: 'u-alex', name: 'Alex', role: 'supporter' },
        { userId: 'u-jo', name: null, role: 'family' },
      ]),
    );
    return plan;
  }
  const written = async (planId: string, by: string) => {
    const ref = keyedRef(planId, 'answer', 'safe');
    await saveFields(ref, { words: 'Words' });
    await db().records.update(ref.id, { updatedBy: by });
    return ref.id;
  };

  it('says "Alex (supporter) wrote this" for a supporter’s words', async () => {
    const plan = await sharedPlan();
    const { container } = await renderScreen(
      <WhoWrote recordId={await written(plan.id, 'u-alex')} />,
      ['sharing'],
    );
    expect(await screen.findByText('Alex (supporter) wrote this.')).toBeVisible();
    await expectNoAxeViolations(container, 'who wrote');
  });

  it('says "You wrote this" for the person’s own words, synced or not', async () => {
    const plan = await sharedPlan();
    await renderScreen(<WhoWrote recordId={await written(plan.id, 'u-sam')} />, ['sharing']);
    expect(await screen.findByText('You wrote this.')).toBeVisible();
  });

  it('names the role when the name is not known', async () => {
    const plan = await sharedPlan();
    await renderScreen(<WhoWrote recordId={await written(plan.id, 'u-jo')} />, ['sharing']);
    expect(await screen.findByText('A family member wrote this.')).toBeVisible();
  });

  it('shows beside the answer on a say card, with the whose-words choice', async () => {
    const plan = await sharedPlan();
    await written(plan.id, 'u-alex');
    await renderScreen(<SayCardPage theme="safe" />, ['planner']);
    expect(await screen.findByText('Alex (supporter) wrote this.')).toBeVisible();
    expect(screen.getByRole('radiogroup', { name: 'Who wrote these words?' })).toBeVisible();
  });

  it('says nothing in a plan nobody else writes in', async () => {
    const plan = await ensureCurrentPlan();
    const id = await written(plan.id, 'some-device');
    await renderScreen(
      <>
        <WhoWrote recordId={id} />
        <p>ready</p>
      </>,
      ['sharing'],
    );
    await screen.findByText('ready');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('who-wrote')).toBeNull();
  });
});

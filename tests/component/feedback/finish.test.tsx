import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ensureCurrentPlan, listRecords, saveFields, singletonRef } from '../../../src/data';
import FeedbackPage from '../../../src/features/feedback/FeedbackPage';
import FeedbackStepPage from '../../../src/features/feedback/FeedbackStepPage';
import { addDays, localToday } from '../../../src/shared/dates';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();
const NS = ['feedback', 'planner'];

describe('finishing feedback', () => {
  it('is not offered before the review, and the screen says why', async () => {
    const plan = await ensureCurrentPlan();
    await saveFields(singletonRef(plan.id, 'review'), { date: addDays(localToday(), 3) });
    await saveFields(singletonRef(plan.id, 'feedback'), { 'listened.scale': 'good' });
    await renderScreen(<FeedbackStepPage step="send" />, NS);
    expect(await screen.findByText(/You can finish it after your review on /)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /finished/ })).toBeNull();
  });

  it('says what happened: finished and kept, not sent; then how to give it', async () => {
    const plan = await ensureCurrentPlan();
    await saveFields(singletonRef(plan.id, 'review'), { date: addDays(localToday(), -1) });
    await saveFields(singletonRef(plan.id, 'feedback'), { 'listened.scale': 'good' });
    const { container } = await renderScreen(<FeedbackStepPage step="send" />, NS);
    await userEvent.click(await screen.findByRole('button', { name: 'My feedback is finished' }));
    expect(await screen.findByText(/Your feedback is finished\./)).toBeInTheDocument();
    expect(await listRecords(plan.id, 'feedbackVersion')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Write an email with my feedback' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^mailto:\?subject=My%20feedback%20about%20my%20review&body=/),
    );
    expect(container.textContent).not.toMatch(/\bsent\b/i);
  });

  it('shows a version an older app kept as "sent" as a finished version', async () => {
    const plan = await ensureCurrentPlan();
    await saveFields(singletonRef(plan.id, 'feedback'), { 'listened.scale': 'good' });
    await saveFields(
      { planId: plan.id, type: 'feedbackVersion', id: 'old-version' },
      { 'listened.scale': 'good', version: 1, sentAt: '2026-11-20T10:00:00.000Z' },
    );
    const { container } = await renderScreen(<FeedbackPage />, NS);
    expect(await screen.findByText(/Version 1, finished on .*2026/)).toBeInTheDocument();
    expect(
      screen.getByText(/Your feedback is finished\. You finished version 1 on /),
    ).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/\bsent\b/i);
  });
});

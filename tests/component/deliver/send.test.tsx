// The person's side of sending: each line says only what the server recorded, the other ways say
// nothing was sent, and the send screen asks for what is missing first (signing in, finishing).
import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ensureCurrentPlan, saveFields, singletonRef } from '../../../src/data';
import { Alternatives } from '../../../src/features/deliver/Alternatives';
import SendPage from '../../../src/features/deliver/SendPage';
import { SentList } from '../../../src/features/deliver/SentList';
import type { Delivery } from '../../../src/shared/deliveries';
import { addDays, localToday } from '../../../src/shared/dates';
import { expectNoAxeViolations } from '../../support/axe';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();
const NS = ['deliver', 'feedback', 'planner'];

const now = new Date().toISOString();
const sent: Delivery = {
  id: '0190c0de-0000-7000-8000-000000000001',
  item: 'feedback',
  toName: 'Jo Smith',
  toRole: 'commissioner',
  toEmail: 'jo@example.org',
  sentAt: now,
  openedAt: null,
  expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  sentVersion: 1,
};

describe('what was sent', () => {
  it('says sent, and not opened until the professional opened it', async () => {
    const { container } = await renderScreen(
      <SentList deliveries={[sent]} latestVersion={1} />,
      NS,
    );
    expect(screen.getByText('Sent to Jo Smith (commissioner) today.')).toBeInTheDocument();
    expect(screen.getByText('Jo has not opened it yet.')).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/Jo opened it/);
    await expectNoAxeViolations(container, 'sent list');
  });

  it('says when it was opened, and that a newer version is what they see', async () => {
    await renderScreen(
      <SentList deliveries={[{ ...sent, openedAt: now }]} latestVersion={2} />,
      NS,
    );
    expect(screen.getByText('Jo opened it today.')).toBeInTheDocument();
    expect(
      screen.getByText('Jo sees your newest version now. It is version 2.'),
    ).toBeInTheDocument();
  });
});

describe('the other ways', () => {
  it('with no email server: says so, offers print and a ready email to them, never "sent"', async () => {
    const { container } = await renderScreen(
      <Alternatives
        noEmailServer
        subject="My feedback"
        text="They listened."
        email="jo@example.org"
      />,
      NS,
    );
    expect(screen.getByText('My Review cannot send emails here.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print it' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Write an email' })).toHaveAttribute(
      'href',
      'mailto:jo%40example.org?subject=My%20feedback&body=They%20listened.',
    );
    expect(container.textContent).not.toMatch(/\bsent\b/i);
    await expectNoAxeViolations(container, 'alternatives');
  });

  it('after a failed send: the other ways, without blaming a missing email server', async () => {
    await renderScreen(<Alternatives noEmailServer={false} subject="s" text="t" email="" />, NS);
    expect(
      screen.getByText('You can also print it, share it or write an email.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('My Review cannot send emails here.')).toBeNull();
  });
});

describe('the send screen', () => {
  it('asks to finish the feedback first', async () => {
    await ensureCurrentPlan();
    const { container } = await renderScreen(<SendPage item="feedback" />, NS);
    expect(
      await screen.findByText('Finish your feedback first. Then you can send it.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send it' })).toBeNull();
    await expectNoAxeViolations(container, 'send, not finished');
  });

  it('asks to sign in before anything can be sent', async () => {
    const plan = await ensureCurrentPlan();
    await saveFields(singletonRef(plan.id, 'review'), {
      date: addDays(localToday(), -1),
      commissionerName: 'Jo Smith',
    });
    await renderScreen(<SendPage item="pack" />, NS);
    expect(await screen.findByRole('heading', { name: 'Sign in first' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send it' })).toBeNull();
  });

  it('is not there for anything but the feedback and the pack', async () => {
    await ensureCurrentPlan();
    await renderScreen(<SendPage item="everything" />, [...NS, 'common']);
    expect(screen.queryByRole('button', { name: 'Send it' })).toBeNull();
    expect(screen.queryByText(/Send my/)).toBeNull();
  });
});

// The sharing screens with the server's answers stood in for: My people (let in, change, stop,
// the way to the plan's history), Invite someone, the invitation page, and the permission cards.
import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setMeta } from '../../../src/data/meta';
import { ensureCurrentPlan } from '../../../src/data/plans';
import type { People } from '../../../src/shared/invitations';
import type { Permission } from '../../../src/shared/sharing';
import { expectNoAxeViolations } from '../../support/axe';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

const calls: string[] = [];
let people: People = { members: [], invitations: [] };
let openAnswer: () => Promise<unknown> = () => new Promise(() => undefined);
vi.mock('../../../src/sync', async (real) => {
  const sync = await real<typeof import('../../../src/sync')>();
  return {
    ...sync,
    sharing: {
      people: async () => people,
      confirm: async (_p: string, u: string) => void calls.push(`confirm ${u}`),
      change: async (_p: string, u: string, b: { permissions: Permission[] }) =>
        void calls.push(`change ${u} ${b.permissions.join(',')}`),
      stop: async (_p: string, u: string) => void calls.push(`stop ${u}`),
      cancel: async () => undefined,
      create: async (_p: string, body: unknown) => {
        calls.push(`create ${JSON.stringify(body)}`);
        return {
          invitationId: '01900000-0000-7000-8000-000000000001',
          token: 'a'.repeat(43),
          code: 'ACDEFGHJ',
          expiresAt: '2026-12-07T10:00:00.000Z',
        };
      },
      open: () => openAnswer(),
      accept: async () => void calls.push('accept'),
    },
  };
});
const { default: MyPeoplePage } = await import('../../../src/features/sharing/MyPeoplePage');
const { default: InvitePage } = await import('../../../src/features/sharing/InvitePage');
const { default: AcceptPage } = await import('../../../src/features/sharing/AcceptPage');
const { PermissionCards } = await import('../../../src/features/sharing/PermissionCards');
const { ApiError } = await import('../../../src/sync/transport');

const ALEX = '01900000-0000-7000-8000-0000000000a1';
async function signedIn() {
  await ensureCurrentPlan();
  await setMeta('account', { userId: 'u-sam', email: 'sam@example.org', name: 'Sam', plans: [] });
}
/** Picture cards: the person taps the card (its label). */
const tap = (name: string | RegExp, role: 'radio' | 'checkbox' = 'radio') =>
  userEvent.click(screen.getByRole(role, { name }).closest('label')!);

beforeEach(() => {
  calls.length = 0;
  people = { members: [], invitations: [] };
});

describe('My people', () => {
  it('asks to sign in first when signed out', async () => {
    await ensureCurrentPlan();
    await renderScreen(<MyPeoplePage />, ['sharing']);
    expect(await screen.findByText('Sign in first to share your plan.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/account');
  });

  it('lets a waiting person in only after the person says yes', async () => {
    await signedIn();
    people.members = [
      {
        userId: ALEX,
        name: 'Alex',
        role: 'supporter',
        permissions: ['seeAnswers'],
        status: 'pending',
        attendeeId: null,
      },
    ];
    const { container } = await renderScreen(<MyPeoplePage />, ['sharing']);
    await userEvent.click(await screen.findByRole('button', { name: 'Let Alex in' }));
    expect(screen.getByRole('dialog', { name: 'Alex wants to help you.' })).toBeVisible();
    expect(calls).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, let them in' }));
    await waitFor(() => expect(calls).toEqual([`confirm ${ALEX}`]));
    expect(await screen.findByText('Alex can now help with your plan.')).toBeInTheDocument();
    await expectNoAxeViolations(container, 'my people');
  });

  it('changes what someone may do, and stops sharing after one confirmation', async () => {
    await signedIn();
    people.members = [
      {
        userId: ALEX,
        name: 'Alex',
        role: 'supporter',
        permissions: ['seeAnswers', 'writeAnswers'],
        status: 'active',
        attendeeId: null,
      },
    ];
    await renderScreen(<MyPeoplePage />, ['sharing']);
    await userEvent.click(await screen.findByRole('button', { name: 'Change what Alex can do' }));
    await tap('Help write my answers', 'checkbox');
    await userEvent.click(screen.getByRole('button', { name: 'Change what Alex can do' }));
    await waitFor(() => expect(calls).toEqual([`change ${ALEX} seeAnswers`]));
    await userEvent.click(screen.getByRole('button', { name: 'Stop sharing with Alex' }));
    expect(screen.getByRole('alertdialog', { name: 'Stop sharing with Alex?' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'No, keep sharing' }));
    expect(calls).toHaveLength(1);
    await userEvent.click(await screen.findByRole('button', { name: 'Stop sharing with Alex' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, stop sharing' }));
    await waitFor(() => expect(calls.at(-1)).toBe(`stop ${ALEX}`));
    expect(await screen.findByText('You stopped sharing with Alex.')).toBeInTheDocument();
  });

  it('leads to the plan’s history', async () => {
    await signedIn();
    await renderScreen(<MyPeoplePage />, ['sharing']);
    expect(
      await screen.findByRole('link', { name: 'Who has seen and changed my plan' }),
    ).toHaveAttribute('href', '/plan-history');
    expect(await screen.findByText('You do not share your plan with anyone yet.')).toBeVisible();
  });
});

describe('Invite someone', () => {
  it('starts from the role’s set, and shows the link and the code it really made', async () => {
    await signedIn();
    const { container } = await renderScreen(<InvitePage />, ['sharing']);
    const make = await screen.findByRole('button', { name: 'Make the invitation' });
    expect(make).toBeDisabled();
    await tap('Someone new');
    await tap(/^Family/);
    expect(screen.getByRole('checkbox', { name: 'See who is coming' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'See my answers' })).not.toBeChecked();
    await userEvent.click(make);
    expect(await screen.findByText('Please write their name.')).toBeVisible();
    expect(calls).toEqual([]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Their name' }), 'Jo');
    await userEvent.click(make);
    expect(await screen.findByRole('heading', { name: 'Your invitation is ready.' })).toBeVisible();
    expect(JSON.parse(calls[0]!.slice('create '.length))).toEqual({
      role: 'family',
      permissions: ['seeWhoIsComing', 'helpActionsDiary'],
      name: 'Jo',
    });
    expect(screen.getByTestId('invite-code')).toHaveTextContent('ACDE FGHJ');
    expect(screen.getByTestId('invite-link')).toHaveTextContent(`/invite#${'a'.repeat(43)}`);
    await expectNoAxeViolations(container, 'invitation ready');
  });
});

describe('The invitation', () => {
  it('says who invited them and what they will do, then waits for the person', async () => {
    await signedIn();
    openAnswer = async () => ({
      invitationId: '01900000-0000-7000-8000-000000000001',
      planId: '01900000-0000-7000-8000-000000000002',
      inviterName: 'Sam',
      role: 'supporter',
      permissions: ['seeAnswers', 'helpFeedback'],
      expiresAt: '2026-12-07T10:00:00.000Z',
    });
    const { container } = await renderScreen(<AcceptPage />, ['sharing', 'account']);
    await userEvent.type(await screen.findByRole('textbox', { name: 'The code' }), 'acde fghj');
    await userEvent.click(screen.getByRole('button', { name: 'Open the invitation' }));
    expect(await screen.findByRole('heading', { name: 'Sam invited you.' })).toBeVisible();
    expect(screen.getByText('You will be: Supporter.')).toBeVisible();
    expect(screen.getByText('Help with my feedback')).toBeVisible();
    await expectNoAxeViolations(container, 'invitation');
    await userEvent.click(screen.getByRole('button', { name: 'Yes, I want to help' }));
    expect(await screen.findByText('Thank you. They need to let you in now.')).toBeVisible();
    expect(calls).toEqual(['accept']);
  });

  it('says plainly when a code has been used', async () => {
    await signedIn();
    openAnswer = () => Promise.reject(new ApiError(410, 'invite_used', ''));
    await renderScreen(<AcceptPage />, ['sharing', 'account']);
    await userEvent.type(await screen.findByRole('textbox', { name: 'The code' }), 'ACDEFGHJ');
    await userEvent.click(screen.getByRole('button', { name: 'Open the invitation' }));
    expect(await screen.findByText('This invitation has been used already.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Yes, I want to help' })).toBeNull();
  });
});

describe('The permission cards', () => {
  it('keep the table’s order whatever order they are ticked in', async () => {
    const changes: Permission[][] = [];
    await renderScreen(
      <PermissionCards selected={['helpFeedback']} onChange={(p) => changes.push(p)} />,
      ['sharing'],
    );
    await tap('See my answers', 'checkbox');
    expect(changes).toEqual([['seeAnswers', 'helpFeedback']]);
    await tap('Help with my feedback', 'checkbox');
    expect(changes.at(-1)).toEqual([]);
  });
});

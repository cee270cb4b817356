// "Delete my account and everything" (issue 12 item 3): a plain warning of what goes, a last
// chance to save a copy, a fresh sign-in before anything is deleted (the same account, not
// another), and when the deleting fails, words that say nothing was deleted.
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DeleteAccount } from '../../../src/features/account/DeleteAccount';
import { ApiError, OfflineError } from '../../../src/sync/transport';
import { expectNoAxeViolations } from '../../support/axe';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

const USER = 'user-sam';
const calls: string[] = [];
let signsInAs = USER;
let erasing: () => Promise<void> = async () => undefined;

vi.mock('../../../src/sync', async (real) => {
  const sync = await real<typeof import('../../../src/sync')>();
  return {
    ...sync,
    passkeySupport: async () => ({ supported: false, isCancelled: () => false }),
    requestEmailCode: async (email: string) => {
      calls.push(`code for ${email}`);
      return { challengeId: 'challenge-1', delivery: 'email' };
    },
    signInWithCode: async () => {
      calls.push('signed in');
      return { userId: signsInAs, email: 'sam@example.org', passkeys: 0 };
    },
    eraseAccount: async () => {
      calls.push('erase');
      await erasing();
    },
  };
});

beforeEach(() => {
  calls.length = 0;
  signsInAs = USER;
  erasing = async () => undefined;
});

async function openWarning() {
  const view = await renderScreen(<DeleteAccount userId={USER} />, ['account']);
  await userEvent.click(
    await screen.findByRole('button', { name: 'Delete my account and everything' }),
  );
  return view;
}

async function signInAgain() {
  await userEvent.click(screen.getByRole('button', { name: 'Yes, I want to delete everything' }));
  expect(await screen.findByRole('heading', { name: 'Show it is you' })).toBeVisible();
  await userEvent.type(screen.getByLabelText(/Your email address/), 'sam@example.org');
  await userEvent.click(screen.getByRole('button', { name: 'Send me a code' }));
  await userEvent.type(await screen.findByLabelText(/The 6 numbers from the email/), '123456');
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('deleting my account', () => {
  it('warns plainly what goes, and offers to save a copy first', async () => {
    const { container } = await openWarning();
    const section = screen.getByRole('region', { name: 'Delete my account' });
    expect(section).toHaveTextContent('This is what goes:');
    const goes = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(goes).toEqual([
      'Your plan, online and on this tablet.',
      'All your photos and recordings.',
      'People you share with cannot see your plan any more.',
      'You cannot undo this. Nobody can get it back.',
    ]);
    expect(section).toHaveTextContent(
      'You can save a copy of everything first. You keep the copy.',
    );
    expect(within(section).getByRole('link', { name: 'Save a copy first' })).toHaveAttribute(
      'href',
      '/my-data',
    );
    await expectNoAxeViolations(container, 'delete account warning');

    // "No" closes it again, having asked nothing of the server.
    await userEvent.click(screen.getByRole('button', { name: 'No, keep my account' }));
    expect(screen.getByRole('button', { name: 'Delete my account and everything' })).toBeVisible();
    expect(calls).toEqual([]);
  });

  it('needs a fresh sign-in before anything is deleted', async () => {
    const { container } = await openWarning();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, I want to delete everything' }));
    expect(await screen.findByRole('heading', { name: 'Show it is you' })).toBeVisible();
    expect(
      screen.getByText('Please sign in again. Then your account and plan are deleted.'),
    ).toBeVisible();
    // The last chance to save a copy is still there, beside the sign-in.
    expect(screen.getByRole('link', { name: 'Save a copy first' })).toBeVisible();
    expect(calls).toEqual([]);
    await expectNoAxeViolations(container, 'delete account sign-in');

    erasing = () => new Promise(() => undefined); // still deleting
    await userEvent.type(screen.getByLabelText(/Your email address/), 'sam@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Send me a code' }));
    expect(calls).toEqual(['code for sam@example.org']);
    await userEvent.type(await screen.findByLabelText(/The 6 numbers from the email/), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Deleting your account and plan…')).toBeVisible();
    expect(calls).toEqual(['code for sam@example.org', 'signed in', 'erase']);
  });

  it('refuses a sign-in as another account, and deletes nothing', async () => {
    signsInAs = 'user-someone-else';
    await openWarning();
    await signInAgain();
    expect(
      await screen.findByText('This is a different account. Please sign in as yourself.'),
    ).toBeVisible();
    expect(calls).not.toContain('erase');
  });

  it('when the server says the sign-in is too old, says so and that nothing was deleted', async () => {
    erasing = async () => {
      throw new ApiError(403, 'sign_in_again', 'Please sign in again.');
    };
    await openWarning();
    await signInAgain();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Please sign in again. Your sign-in was too long ago.');
    expect(alert).toHaveTextContent('Nothing was deleted. Your account and plan are still here.');
    expect(screen.getByRole('heading', { name: 'Show it is you' })).toBeVisible();
  });

  it('with no connection, says so and that nothing was deleted', async () => {
    erasing = async () => {
      throw new OfflineError();
    };
    await openWarning();
    await signInAgain();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You are not connected to the internet.');
    expect(alert).toHaveTextContent('Nothing was deleted.');
  });

  it('does not claim nothing was deleted when it cannot know', async () => {
    erasing = async () => {
      throw new Error('the tablet failed after the server answered');
    };
    await openWarning();
    await signInAgain();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong.');
    expect(alert).not.toHaveTextContent('Nothing was deleted');
  });
});

// The sync screens in jsdom: the status words, the notices on every screen, the conflict screen
// (both versions, who and when, each choice), the code form's plain errors, the sign-out question.
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SaveStatusView } from '../../../src/app/SaveStatus';
import { symbolUrl } from '../../../src/content/symbolUrl';
import { SyncNotices } from '../../../src/app/SyncNotices';
import { db } from '../../../src/data/db';
import { getClientId, setMeta } from '../../../src/data/meta';
import { ensureCurrentPlan } from '../../../src/data/plans';
import { getRecord, saveField, singletonRef } from '../../../src/data/records';
import type { StoredConflict } from '../../../src/data/types';
import { EmailCodeForm } from '../../../src/features/account/EmailCodeForm';
import { SignOutDialog } from '../../../src/features/account/SignOutDialog';
import ConflictsPage from '../../../src/features/conflicts/ConflictsPage';
import { loadNamespaces } from '../../../src/i18n/i18n';
import { syncStatus } from '../../../src/sync/status';
import { expectNoAxeViolations } from '../../support/axe';
import { renderWithSettings } from '../../support/render';

beforeAll(() => loadNamespaces(['account', 'conflicts']));
afterEach(() => syncStatus.set({ signedIn: false, state: 'local', lastServerSave: null }));

const TODAY_10_32 = (() => {
  const d = new Date();
  d.setHours(10, 32, 0, 0);
  return d.toISOString();
})();

describe('the save status', () => {
  it('says where the work is, and when the server last had all of it', async () => {
    const { rerender, container } = renderWithSettings(<SaveStatusView state="local" />);
    expect(screen.getByRole('status')).toHaveTextContent('Saved on this tablet');
    rerender(<SaveStatusView state="saving" lastServerSave={TODAY_10_32} />);
    expect(screen.getByRole('status')).toHaveTextContent('Saving online…');
    expect(screen.getByRole('status')).not.toHaveTextContent('Last saved');
    rerender(<SaveStatusView state="saved" lastServerSave={TODAY_10_32} />);
    expect(screen.getByRole('status')).toHaveTextContent('Everything is saved');
    expect(screen.getByRole('status')).toHaveTextContent(/Last saved online today at 10:32/);
    rerender(<SaveStatusView state="offline" lastServerSave={TODAY_10_32} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Not connected — your work is safe on this tablet',
    );
    // Not full signal bars, which say the opposite: the tablet, where the work is safe.
    const icon = container.querySelector('.save-status img')!;
    expect(icon.getAttribute('src')).toBe(symbolUrl('tablet'));
    expect(icon.getAttribute('src')).not.toBe(symbolUrl('signal'));
    await expectNoAxeViolations(container, 'save status');
  });
});

async function seedConflict(kind: StoredConflict['kind'] = 'field'): Promise<StoredConflict> {
  const plan = await ensureCurrentPlan();
  const ref = singletonRef(plan.id, 'profile');
  await saveField(ref, 'name', 'Sammy');
  await db().outbox.clear();
  await db().records.update(ref.id, { rev: { name: 4 }, deleted: kind === 'edit-after-delete' });
  const me = await getClientId();
  const conflict: StoredConflict = {
    id: '0190a1b2-0000-7000-8000-00000000000c',
    planId: plan.id,
    recordId: ref.id,
    type: 'profile',
    field: kind === 'field' ? 'name' : '*',
    kind,
    kept: {
      name: null,
      clientId: 'another-device',
      device: 'Safari on iPad',
      at: TODAY_10_32,
      value: kind === 'field' ? 'Sammy' : null,
    },
    other: {
      name: null,
      clientId: me,
      device: null,
      at: TODAY_10_32,
      value: kind === 'field' ? 'Samantha' : null,
      ...(kind === 'edit-after-delete' ? { fields: { name: 'Samantha' } } : {}),
    },
  };
  await db().conflicts.put(conflict);
  return conflict;
}

describe('the notices on every screen', () => {
  const render = () =>
    renderWithSettings(
      <LocationProvider>
        <SyncNotices />
      </LocationProvider>,
    );

  it('point to the answers to check', async () => {
    await seedConflict();
    render();
    expect(await screen.findByText('Some answers need you to choose.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Check the answers' })).toHaveAttribute(
      'href',
      '/conflicts',
    );
  });

  it('prompt gently to connect when work has waited for more than 3 days', async () => {
    const plan = await ensureCurrentPlan();
    syncStatus.set({ signedIn: true, state: 'offline', lastServerSave: null });
    await saveField(singletonRef(plan.id, 'profile'), 'name', 'Sam');
    const { unmount } = render();
    await waitFor(() =>
      expect(screen.queryByText('Some of your work is only on this tablet.')).toBeNull(),
    );
    unmount();
    const fourDaysAgo = new Date(Date.now() - 4 * 24 * 3600_000).toISOString();
    await db().outbox.toCollection().modify({ clientTime: fourDaysAgo });
    const { container } = render();
    expect(await screen.findByText('Some of your work is only on this tablet.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Try to save now' })).toBeVisible();
    await expectNoAxeViolations(container, 'waiting prompt');
  });
});

describe('the conflict screen', () => {
  it('shows both versions with who and when, and keeping one is a change to send', async () => {
    const conflict = await seedConflict();
    const { container } = renderWithSettings(<ConflictsPage />);
    expect(
      await screen.findByText(
        'This answer was changed in another place while you were not connected. Which one do you want to keep?',
      ),
    ).toBeVisible();
    const one = screen.getByRole('region', { name: 'Answer 1' });
    const two = screen.getByRole('region', { name: 'Answer 2' });
    expect(one).toHaveTextContent('Sammy');
    expect(one).toHaveTextContent(
      'Written on another phone, tablet or computer (Safari on iPad), today at 10:32.',
    );
    expect(two).toHaveTextContent('Samantha');
    expect(two).toHaveTextContent('Written on this tablet, today at 10:32.');
    await expectNoAxeViolations(container, 'conflict screen');

    await userEvent.click(within(two).getByRole('button', { name: 'Keep answer 2' }));
    expect(
      await screen.findByText('There is nothing to check. All your answers agree.'),
    ).toBeVisible();
    expect((await getRecord(conflict.recordId))!.data.name).toBe('Samantha');
    const [entry] = await db().outbox.toArray();
    expect(entry).toMatchObject({
      op: 'resolve',
      resolves: [conflict.id],
      fields: { name: { value: 'Samantha', baseRev: 4 } },
    });
  });

  it('keeps both texts, one after the other', async () => {
    const conflict = await seedConflict();
    renderWithSettings(<ConflictsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Keep both answers' }));
    await waitFor(async () =>
      expect((await getRecord(conflict.recordId))!.data.name).toBe('Sammy\n\nSamantha'),
    );
  });

  it('asks before bringing back something removed on another device', async () => {
    const conflict = await seedConflict('edit-after-delete');
    renderWithSettings(<ConflictsPage />);
    expect(
      await screen.findByText(
        /This was removed in one place and changed in another\. Do you want to keep it\?/,
      ),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, keep it' }));
    await waitFor(async () =>
      expect((await getRecord(conflict.recordId))?.data.name).toBe('Samantha'),
    );
  });
});

describe('the email code form', () => {
  it('explains a mistyped address and a short code in plain words', async () => {
    const { container } = renderWithSettings(<EmailCodeForm />);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Your email address' }),
      'sam.example.org',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send me a code' }));
    expect(screen.getByRole('textbox', { name: 'Your email address' })).toHaveAccessibleDescription(
      /It needs an @ sign, like name@example.org\./,
    );
    await expectNoAxeViolations(container, 'email form');
  });
});

describe('signing out', () => {
  it('says what is not saved online yet, and offers no way to remove it', async () => {
    const plan = await ensureCurrentPlan();
    await setMeta('account', { userId: 'u1', email: 'sam@example.org', name: null, plans: [] });
    await db().plans.update(plan.id, { origin: 'server', userId: 'u1' });
    await saveField(singletonRef(plan.id, 'profile'), 'name', 'Sam');
    renderWithSettings(<SignOutDialog isOpen onClose={() => undefined} onDone={() => undefined} />);
    const dialog = await screen.findByRole('alertdialog');
    expect(await within(dialog).findByText('1 change is only on this tablet.')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Stay signed in' })).toBeVisible();
    expect(
      within(dialog).getByRole('button', { name: 'Sign out and keep my work here' }),
    ).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: /remove/ })).toBeNull();
  });
});

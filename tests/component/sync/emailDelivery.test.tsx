// "We sent an email" only when the mail server took the code: with no email server set up (the
// embedded default), the code is only in the server's log and the screen says so.
import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EmailCodeForm } from '../../../src/features/account/EmailCodeForm';
import { loadNamespaces } from '../../../src/i18n/i18n';
import { renderWithSettings } from '../../support/render';

const delivery = vi.hoisted(() => ({ how: 'log' as 'log' | 'email' }));
vi.mock('../../../src/sync', async (original) => ({
  ...(await original<typeof import('../../../src/sync')>()),
  requestEmailCode: async () => ({ challengeId: 'c1', delivery: delivery.how }),
}));

beforeAll(() => loadNamespaces(['account']));

async function askForCode() {
  renderWithSettings(<EmailCodeForm />);
  await userEvent.type(
    screen.getByRole('textbox', { name: 'Your email address' }),
    'sam@example.org',
  );
  await userEvent.click(screen.getByRole('button', { name: 'Send me a code' }));
  await screen.findByRole('textbox', { name: 'The 6 numbers from the email' });
}

describe('asking for a sign-in code', () => {
  it('never says an email was sent when the server has no email set up', async () => {
    delivery.how = 'log';
    await askForCode();
    expect(screen.queryByText(/We sent an email/)).toBeNull();
    expect(screen.getByText(/This My Review cannot send emails yet/)).toBeInTheDocument();
  });

  it('says the email was sent when the mail server took it', async () => {
    delivery.how = 'email';
    await askForCode();
    expect(screen.getByText('We sent an email to sam@example.org.')).toBeInTheDocument();
  });
});

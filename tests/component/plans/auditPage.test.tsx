import { screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveAuditCopy } from '../../../src/data/auditCopy';
import { ensureCurrentPlan } from '../../../src/data/plans';
import type { AuditEntry } from '../../../src/shared/protocol';
import { expectNoAxeViolations } from '../../support/axe';
import { renderScreen } from '../../support/renderScreen';

let answer: (planId: string) => Promise<unknown> = () => new Promise(() => undefined);
const asked: string[] = [];
vi.mock('../../../src/sync', async (real) => ({
  ...(await real<typeof import('../../../src/sync')>()),
  fetchPlanAudit: (planId: string) => {
    asked.push(planId);
    return answer(planId);
  },
}));
const { default: AuditPage } = await import('../../../src/features/sharing/AuditPage');
const { ApiError, OfflineError } = await import('../../../src/sync/transport');

const entries: AuditEntry[] = [
  {
    day: '2026-11-30',
    at: '2026-11-30T10:00:00.000Z',
    kind: 'changed',
    who: { userId: 'u2', name: 'Alex', role: 'supporter' },
    areas: ['myAnswers', 'feedback'],
  },
  {
    day: '2026-11-29',
    at: '2026-11-29T09:00:00.000Z',
    kind: 'looked',
    who: { userId: 'u3', name: null, role: 'family' },
    areas: [],
  },
  {
    day: '2026-11-28',
    at: '2026-11-28T09:00:00.000Z',
    kind: 'joined',
    who: { userId: 'u1', name: 'Sam', role: 'owner' },
    areas: [],
  },
];

beforeEach(() => {
  asked.length = 0;
});

describe('who has seen and changed my plan', () => {
  it('lists who changed which areas, who looked and who joined, in easy words', async () => {
    const plan = await ensureCurrentPlan();
    answer = (id) => saveAuditCopy(id, entries);
    const { container } = await renderScreen(<AuditPage />, ['audit']);
    expect(
      await screen.findByText('Alex (supporter) changed your answers and your feedback.'),
    ).toBeVisible();
    expect(screen.getByText('A family looked at your plan.')).toBeVisible();
    expect(screen.getByText('You joined your plan.')).toBeVisible();
    expect(asked).toContain(plan.id);
    await expectNoAxeViolations(container, 'audit page');
  });

  it('offline, says it needs the internet and shows the last copy', async () => {
    const plan = await ensureCurrentPlan();
    await saveAuditCopy(plan.id, entries);
    answer = async () => {
      throw new OfflineError();
    };
    await renderScreen(<AuditPage />, ['audit']);
    expect(await screen.findByText('This page needs the internet')).toBeVisible();
    expect(screen.getByText(/This is the list from/)).toBeVisible();
    expect(screen.getByText('A family looked at your plan.')).toBeVisible();
  });

  it('offline with no copy, shows no list; a member who is not the owner is told plainly', async () => {
    await ensureCurrentPlan();
    answer = async () => {
      throw new OfflineError();
    };
    const first = await renderScreen(<AuditPage />, ['audit']);
    expect(await screen.findByText('This page needs the internet')).toBeVisible();
    expect(screen.queryByRole('list')).toBeNull();
    first.unmount();
    answer = async () => {
      throw new ApiError(403, 'forbidden', 'no');
    };
    await renderScreen(<AuditPage />, ['audit']);
    expect(
      await screen.findByText('Only the person whose plan it is can see this page.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});

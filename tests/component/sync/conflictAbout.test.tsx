// The conflict screen names the question an answer belongs to, with its picture and a link to it
// (issue 9, item 12: it said only "About: an answer in your planner").
import { screen } from '@testing-library/preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { ensureCurrentPlan } from '../../../src/data/plans';
import { saveField } from '../../../src/data/records';
import type { StoredConflict } from '../../../src/data/types';
import ConflictsPage from '../../../src/features/conflicts/ConflictsPage';
import { conflictSubject } from '../../../src/features/conflicts/conflictSubject';
import { keyedRef } from '../../../src/data/recordIds';
import { loadNamespaces } from '../../../src/i18n/i18n';
import { expectNoAxeViolations } from '../../support/axe';
import { renderWithSettings } from '../../support/render';

beforeAll(() => loadNamespaces(['conflicts']));

const author = (value: string) => ({
  name: null,
  clientId: 'another-device',
  device: null,
  at: new Date().toISOString(),
  value,
});

describe('what a conflict is about', () => {
  it('shows the question, its picture and a link to it', async () => {
    const plan = await ensureCurrentPlan();
    const ref = keyedRef(plan.id, 'answer', 'safe');
    await saveField(ref, 'words', 'Yes, mostly');
    await db().conflicts.put({
      id: '0190a1b2-0000-7000-8000-0000000000a1',
      planId: plan.id,
      recordId: ref.id,
      type: 'answer',
      field: 'words',
      kind: 'field',
      kept: author('Yes, mostly'),
      other: author('Not at night'),
    } satisfies StoredConflict);

    const { container } = renderWithSettings(<ConflictsPage />);
    expect(
      await screen.findByRole(
        'heading',
        { level: 2, name: 'About: Do you feel safe?' },
        // The questions' words load first (precached; slower on a busy machine).
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(screen.queryByText(/an answer in your planner/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to this question' })).toHaveAttribute(
      'href',
      '/planner/say/safe',
    );
    const picture = container.querySelector('.conflict__about img, .conflict__about svg');
    expect(picture).not.toBeNull();
    await expectNoAxeViolations(container, 'conflict about a question');
  });

  it('finds the step of a planner answer, a feedback question and the name', () => {
    const base = { recordId: 'x' };
    expect(conflictSubject({ ...base, type: 'participation', field: 'bestTime' })?.href).toMatch(
      /^\/planner\/(needs|taking-part)\/time$/,
    );
    expect(conflictSubject({ ...base, type: 'adjustment', field: 'quietRoom' })?.href).toMatch(
      /^\/planner\/(needs|taking-part)\//,
    );
    expect(conflictSubject({ ...base, type: 'feedback', field: 'listened.words' })).toEqual({
      question: 'feedback:questions.listened.question',
      symbol: 'listen',
      href: '/feedback/listened',
    });
    expect(conflictSubject({ ...base, type: 'profile', field: 'name' })?.href).toBe('/');
    expect(conflictSubject({ ...base, type: 'media', field: 'x' })).toBeNull();
  });
});

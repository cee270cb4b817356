import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  createRecord,
  ensureCurrentPlan,
  getRecord,
  keyedRef,
  saveFields,
  singletonRef,
} from '../../../src/data';
import DocumentPage from '../../../src/features/after/documents/DocumentPage';
import DocumentsPage from '../../../src/features/after/documents/DocumentsPage';
import { expectNoAxeViolations } from '../../support/axe';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

const SHA = 'c'.repeat(64);

describe('My documents', () => {
  it('shows what is still missing before the next review, and what is in the pack', async () => {
    const plan = await ensureCurrentPlan();
    await saveFields(singletonRef(plan.id, 'review'), { setting: 'hospital' });
    await saveFields(keyedRef(plan.id, 'document', 'carePlan'), { inPack: true });
    await createRecord(plan.id, 'attachment', {
      of: 'carePlan',
      sha256: SHA,
      mime: 'image/jpeg',
      name: '',
      position: 1,
    });
    await saveFields(singletonRef(plan.id, 'communication'), { howToTalk: 'Slowly, please.' });
    const { container } = await renderScreen(<DocumentsPage />, ['documents']);
    expect(await screen.findByText('1 document is in your review pack.')).toBeInTheDocument();
    const missing = screen.getByRole('list', { name: 'Still missing' });
    const names = within(missing)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names).toContain('Hospital passport');
    expect(names).not.toContain('Care plan');
    // "How I communicate" has words: the communication passport is there.
    expect(names).not.toContain('Communication passport');
    expect(screen.getByText(`${names.length} documents are still missing:`)).toBeInTheDocument();
    await expectNoAxeViolations(container, 'my documents');
  });

  it('one document: "in my review pack" and "I do not have this one" save; a passport links', async () => {
    const plan = await ensureCurrentPlan();
    await renderScreen(<DocumentPage kind="riskAssessment" />, ['documents', 'attach', 'planner']);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'I do not have this one' }));
    const ref = keyedRef(plan.id, 'document', 'riskAssessment');
    expect((await getRecord(ref.id))?.data).toMatchObject({ notNeeded: true });
  });

  it('the communication passport is "How I communicate": a link, not a copy', async () => {
    await ensureCurrentPlan();
    await renderScreen(<DocumentPage kind="communicationPassport" />, [
      'documents',
      'attach',
      'planner',
    ]);
    expect(await screen.findByRole('link', { name: 'Go to How I communicate' })).toHaveAttribute(
      'href',
      '/day/communication',
    );
    expect(screen.queryByRole('button', { name: 'Choose a file' })).toBeNull();
  });

  it('a kind that does not exist is "not here", with the way back', async () => {
    await ensureCurrentPlan();
    await renderScreen(<DocumentPage kind="shoppingList" />, ['documents']);
    expect(await screen.findByRole('link', { name: /My documents/ })).toHaveAttribute(
      'href',
      '/after/documents',
    );
  });
});

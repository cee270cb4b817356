// A letter or email kept with a diary entry: photos of its pages or a PDF file, with the same
// attach module as the report and My documents, kept on the tablet, opened from the entry, and
// named in the evidence timeline (and so in its spreadsheet).
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecord, ensureCurrentPlan, getRecord, listRecords } from '../../../src/data';
import DiaryEntryPage from '../../../src/features/after/diary/DiaryEntryPage';
import { pagesOutOfStep } from '../../../src/features/after/diary/useLetterFollowsEntry';
import EvidencePage from '../../../src/features/after/diary/EvidencePage';
import { expectNoAxeViolations } from '../../support/axe';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
const digest = crypto.subtle.digest.bind(crypto.subtle);
let made = 0;
beforeEach(() => {
  // jsdom's File bytes are of jsdom's realm, which Node's WebCrypto refuses (as report.test).
  vi.spyOn(crypto.subtle, 'digest').mockImplementation((algorithm, data) =>
    digest(algorithm, Buffer.from(new Uint8Array(data as ArrayBuffer))),
  );
  URL.createObjectURL = () => `blob:letter-${++made}`;
  URL.revokeObjectURL = () => undefined;
});
afterEach(() => {
  vi.restoreAllMocks();
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
});

const pdf = (name: string) => new File(['%PDF-1.4\n%%EOF\n'], name, { type: 'application/pdf' });

describe('a letter or email kept with a diary entry', () => {
  it('can be a PDF file: kept with this entry only, opened from it, and named as evidence', async () => {
    const plan = await ensureCurrentPlan();
    const entry = await createRecord(plan.id, 'diary', {
      when: '2027-03-02',
      kind: 'letter',
      text: 'The discharge letter came.',
      onlyMe: true,
    });
    const other = await createRecord(plan.id, 'diary', { when: '2027-03-01', text: 'A call.' });
    const view = await renderScreen(<DiaryEntryPage id={entry.id} step="keep" />, [
      'diary',
      'planner',
      'attach',
    ]);
    expect(await screen.findByText('You have not added your letter or email yet.')).toBeVisible();
    // Photos of its pages, or a file: both ways are offered.
    expect(screen.getByRole('button', { name: 'Take a photo of a page' })).toBeInTheDocument();
    const input = view.container.querySelector<HTMLInputElement>(
      'input[accept^="application/pdf"]',
    )!;
    await userEvent.upload(input, pdf('Discharge letter.pdf'));
    // Hashing and keeping the file takes a moment on a busy machine.
    const open = await screen.findByRole(
      'link',
      { name: 'Open the file (Page 1)' },
      { timeout: 15_000 },
    );
    expect(open).toHaveAttribute('href', expect.stringMatching(/^blob:/));
    expect(screen.getByText('Discharge letter.pdf')).toBeInTheDocument();
    const [page] = await listRecords(plan.id, 'attachment');
    // It belongs to this entry, and is "Only me" as the entry is.
    expect(page!.data).toMatchObject({
      of: 'diary',
      entry: entry.id,
      mime: 'application/pdf',
      name: 'Discharge letter.pdf',
      onlyMe: true,
    });
    await expectNoAxeViolations(view.container, 'a diary entry with a letter file');
    view.unmount();

    // Another entry has no letter.
    const second = await renderScreen(<DiaryEntryPage id={other.id} step="keep" />, [
      'diary',
      'planner',
      'attach',
    ]);
    expect(await screen.findByText('You have not added your letter or email yet.')).toBeVisible();
    second.unmount();

    await renderScreen(<EvidencePage />, ['diary']);
    const entries = await screen.findAllByRole('listitem');
    const withLetter = entries.find((li) =>
      li.textContent?.includes('The discharge letter came.'),
    )!;
    expect(within(withLetter).getByText('Letter or email')).toBeInTheDocument();
    expect(within(withLetter).getByText('Discharge letter.pdf')).toBeInTheDocument();
    const without = entries.find((li) => li.textContent?.includes('A call.'))!;
    expect(within(without).queryByText('Discharge letter.pdf')).toBeNull();
  });

  it('its pages are as private as the entry: "Only me", then "For the panel", then back again', async () => {
    const plan = await ensureCurrentPlan();
    const entry = await createRecord(plan.id, 'diary', { when: '2027-03-04', text: 'A letter.' });
    const page = await createRecord(plan.id, 'attachment', {
      of: 'diary',
      entry: entry.id,
      sha256: 'a'.repeat(64),
      mime: 'image/jpeg',
      name: '',
      position: 1,
    });
    const pageFlags = async () => {
      const d = (await getRecord(page.id))!.data;
      return { onlyMe: d.onlyMe === true, forPanel: d.forPanel === true };
    };
    await renderScreen(<DiaryEntryPage id={entry.id} step="share" />, ['diary', 'planner']);
    const group = await screen.findByRole('group', { name: 'Who can see this?' });
    await userEvent.click(within(group).getByRole('checkbox', { name: /^Only me/ }));
    await waitFor(async () => expect(await pageFlags()).toEqual({ onlyMe: true, forPanel: false }));
    await userEvent.click(within(group).getByRole('checkbox', { name: /^For the panel/ }));
    await waitFor(async () => expect(await pageFlags()).toEqual({ onlyMe: false, forPanel: true }));
    await userEvent.click(within(group).getByRole('checkbox', { name: /^For the panel/ }));
    await waitFor(async () =>
      expect(await pageFlags()).toEqual({ onlyMe: false, forPanel: false }),
    );
  });

  it('finds the pages whose privacy differs from the entry', () => {
    const page = (id: string, data: Record<string, unknown>) => ({ id, record: { data } });
    const pages = [page('a', {}), page('b', { onlyMe: true }), page('c', { forPanel: true })];
    expect(pagesOutOfStep(pages, { onlyMe: false, forPanel: false })).toEqual(['b', 'c']);
    expect(pagesOutOfStep(pages, { onlyMe: true, forPanel: false })).toEqual(['a', 'c']);
  });
});

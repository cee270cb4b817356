import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createRecord,
  ensureCurrentPlan,
  getRecord,
  listRecords,
  saveFields,
  singletonRef,
} from '../../../src/data';
import { AttachPages } from '../../../src/features/after/attach/AttachPages';
import ChaseFormPage from '../../../src/features/after/report/ChaseFormPage';
import ReportPage from '../../../src/features/after/report/ReportPage';
import { addDays, localToday } from '../../../src/shared/dates';
import { expectNoAxeViolations } from '../../support/axe';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

const NS = ['report', 'attach', 'timeline', 'planner'];
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
let made = 0;
const digest = crypto.subtle.digest.bind(crypto.subtle);
beforeEach(() => {
  // jsdom's File gives an ArrayBuffer of jsdom's own realm, which Node's WebCrypto refuses; a
  // browser has one realm. Copy the bytes into Node's before hashing.
  vi.spyOn(crypto.subtle, 'digest').mockImplementation((algorithm, data) =>
    digest(algorithm, Buffer.from(new Uint8Array(data as ArrayBuffer))),
  );
  URL.createObjectURL = () => `blob:file-${++made}`;
  URL.revokeObjectURL = () => undefined;
});
afterEach(() => {
  vi.restoreAllMocks();
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
});

const pdf = (name = 'report.pdf', text = '%PDF-1.4\n%%EOF\n') =>
  new File([text], name, { type: 'application/pdf' });
const fileInput = (container: Element) =>
  container.querySelector<HTMLInputElement>('input[accept^="application/pdf"]')!;

describe('the pages of the report', () => {
  it('keeps a PDF file to open from the tablet, and refuses a file that is not one', async () => {
    const plan = await ensureCurrentPlan();
    const { container } = await renderScreen(
      <AttachPages planId={plan.id} of="report" what="your report" />,
      NS,
    );
    expect(await screen.findByText('You have not added your report yet.')).toBeInTheDocument();
    await userEvent.upload(fileInput(container), pdf('notes.pdf', '<html>hello</html>'));
    expect(
      await screen.findByText('This file cannot be used. Choose a file whose name ends in .pdf.'),
    ).toBeInTheDocument();
    expect(await listRecords(plan.id, 'attachment')).toEqual([]);

    await userEvent.upload(fileInput(container), pdf('CTR report.pdf'));
    const open = await screen.findByRole('link', { name: 'Open the file (Page 1)' });
    expect(open).toHaveAttribute('href', expect.stringMatching(/^blob:/));
    expect(open).toHaveAttribute('target', '_blank');
    expect(screen.getByText('CTR report.pdf')).toBeInTheDocument();
    expect(screen.queryByText(/cannot be used/)).toBeNull();
    const [page] = await listRecords(plan.id, 'attachment');
    expect(page!.data).toMatchObject({
      of: 'report',
      mime: 'application/pdf',
      name: 'CTR report.pdf',
      position: 1,
    });
    await expectNoAxeViolations(container, 'a report file');
  });

  it('takes a page away and puts the same page back', async () => {
    const plan = await ensureCurrentPlan();
    const { container } = await renderScreen(
      <AttachPages planId={plan.id} of="carePlan" what="your care plan" />,
      NS,
    );
    await screen.findByText('You have not added your care plan yet.');
    await userEvent.upload(fileInput(container), pdf('one.pdf', '%PDF-1.4 one'));
    await userEvent.upload(fileInput(container), pdf('two.pdf', '%PDF-1.4 two'));
    await screen.findByText('two.pdf');
    const [first] = await listRecords(plan.id, 'attachment');
    await userEvent.click(screen.getByRole('button', { name: 'Take away (Page 1)' }));
    expect(await screen.findByText('Page 1 is taken away.')).toBeInTheDocument();
    const putBack = screen.getByRole('button', { name: 'Put it back' });
    await waitFor(() => expect(putBack).toHaveFocus());
    expect(screen.queryByText('one.pdf')).toBeNull();
    await userEvent.click(putBack);
    expect(await screen.findByText('one.pdf')).toBeInTheDocument();
    expect((await getRecord(first!.id))!.deleted).toBe(false);
    expect(await listRecords(plan.id, 'attachment')).toHaveLength(2);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Take away (Page 1)' })).toHaveFocus(),
    );
  });
});

describe('My report', () => {
  it('"I have got my report" marks it received, and my words and "do I agree?" save', async () => {
    const plan = await ensureCurrentPlan();
    const { container } = await renderScreen(<ReportPage />, NS);
    await userEvent.click(await screen.findByRole('button', { name: 'I have got my report' }));
    expect(await screen.findByText(/^Yes\. You got your report on /)).toBeInTheDocument();
    const ref = singletonRef(plan.id, 'report');
    expect((await getRecord(ref.id))!.data).toMatchObject({
      received: true,
      receivedOn: localToday(),
    });
    await userEvent.click(screen.getByRole('radio', { name: 'No' }));
    await waitFor(async () => expect((await getRecord(ref.id))!.data.agree).toBe('no'));
    expect(await screen.findByText(/Saved on this tablet at/)).toBeInTheDocument();
    await expectNoAxeViolations(container, 'my report');
  });

  it('when it is late: says so, and lists each time I asked, newest first', async () => {
    const plan = await ensureCurrentPlan();
    await saveFields(singletonRef(plan.id, 'review'), {
      date: addDays(localToday(), -20),
      careCoordinatorName: 'Dee Okafor',
    });
    await createRecord(plan.id, 'chase', {
      on: '2026-11-02',
      who: 'Dee Okafor',
      how: 'phone',
      note: '',
    });
    await createRecord(plan.id, 'chase', {
      on: '2026-11-09',
      who: 'The commissioner',
      how: 'letter',
      note: 'No answer yet.',
    });
    await renderScreen(<ReportPage />, NS);
    expect(await screen.findByText('Your report is late. You can ask for it.')).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Each time you asked' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('.chases__what')!.textContent)).toEqual([
      'On Monday, 9 November 2026 you asked The commissioner by letter.',
      'On Monday, 2 November 2026 you asked Dee Okafor on the phone.',
    ]);
    expect(screen.getByRole('link', { name: 'Write down that I asked' })).toHaveAttribute(
      'href',
      '/after/report/asked',
    );
  });
});

describe('I asked for my report', () => {
  it('is not kept without who and how, and says why beside each', async () => {
    const plan = await ensureCurrentPlan();
    const { container } = await renderScreen(<ChaseFormPage />, ['report']);
    await userEvent.click(await screen.findByRole('button', { name: 'Keep this' }));
    expect(await screen.findByText('This is not kept yet.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Who did you ask?' })).toHaveAccessibleDescription(
      expect.stringContaining('Write who you asked.'),
    );
    expect(await listRecords(plan.id, 'chase')).toEqual([]);
    await expectNoAxeViolations(container, 'a chase with problems');

    await userEvent.type(screen.getByRole('textbox', { name: 'Who did you ask?' }), 'Dee');
    await userEvent.click(screen.getByRole('radio', { name: 'Email' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep this' }));
    await waitFor(async () => expect(await listRecords(plan.id, 'chase')).toHaveLength(1));
    const [chase] = await listRecords(plan.id, 'chase');
    expect(chase!.data).toMatchObject({ on: localToday(), who: 'Dee', how: 'email', note: '' });
  });
});

describe('changing or taking away a time I asked', () => {
  async function lateWithOneChase() {
    const plan = await ensureCurrentPlan();
    await saveFields(singletonRef(plan.id, 'review'), { date: addDays(localToday(), -20) });
    const ref = await createRecord(plan.id, 'chase', {
      on: '2026-11-02',
      who: 'Dee Okafor',
      how: 'phone',
      note: '',
    });
    return { plan, ref };
  }
  const lines = async () =>
    within(await screen.findByRole('list', { name: 'Each time you asked' }))
      .getAllByRole('listitem')
      .map((i) => i.querySelector('.chases__what')!.textContent);

  it('each time has a link to change it, named with its day', async () => {
    const { ref } = await lateWithOneChase();
    await renderScreen(<ReportPage />, NS);
    expect(
      await screen.findByRole('link', { name: 'Change this (Monday, 2 November 2026)' }),
    ).toHaveAttribute('href', `/after/report/asked/${ref.id}`);
  });

  it('a wrong day, person and way are put right; "Undo" on My report puts the old one back', async () => {
    const { ref } = await lateWithOneChase();
    const form = await renderScreen(<ChaseFormPage id={ref.id} />, ['report']);
    await screen.findByRole('heading', { level: 1, name: 'Change when I asked' });
    // It starts from what was written down.
    expect(screen.getByRole('textbox', { name: 'Who did you ask?' })).toHaveValue('Dee Okafor');
    expect(screen.getByRole('radio', { name: 'Phone' })).toBeChecked();
    const day = form.container.querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(day).toHaveValue('2026-11-02');

    // A day after today is refused, as for a new one, and nothing changes.
    await userEvent.clear(day);
    await userEvent.type(day, addDays(localToday(), 3));
    await userEvent.click(screen.getByRole('button', { name: 'Keep my changes' }));
    expect(await screen.findByText('This is not kept yet.')).toBeInTheDocument();
    expect((await getRecord(ref.id))!.data.on).toBe('2026-11-02');

    await userEvent.clear(day);
    await userEvent.type(day, '2026-11-03');
    const who = screen.getByRole('textbox', { name: 'Who did you ask?' });
    await userEvent.clear(who);
    await userEvent.type(who, 'The commissioner');
    await userEvent.click(screen.getByRole('radio', { name: 'Letter' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep my changes' }));
    await waitFor(async () =>
      expect((await getRecord(ref.id))!.data).toMatchObject({
        on: '2026-11-03',
        who: 'The commissioner',
        how: 'letter',
      }),
    );
    // The same record, changed: never a second one.
    expect(await listRecords(ref.planId, 'chase')).toHaveLength(1);
    form.unmount();

    history.pushState(null, '', '/after/report');
    try {
      await renderScreen(<ReportPage />, NS);
      expect(await lines()).toEqual([
        'On Tuesday, 3 November 2026 you asked The commissioner by letter.',
      ]);
      await userEvent.click(screen.getByRole('button', { name: 'Undo my last change' }));
      await waitFor(async () =>
        expect(await lines()).toEqual([
          'On Monday, 2 November 2026 you asked Dee Okafor on the phone.',
        ]),
      );
    } finally {
      history.pushState(null, '', '/');
    }
  });

  it('is taken away, and "Undo my last change" puts the same one back', async () => {
    const { plan, ref } = await lateWithOneChase();
    history.pushState(null, '', '/after/report');
    try {
      const { container } = await renderScreen(<ReportPage />, NS);
      await userEvent.click(
        await screen.findByRole('button', { name: 'Take this away (Monday, 2 November 2026)' }),
      );
      expect(
        await screen.findByText('You have not written down that you asked yet.'),
      ).toBeInTheDocument();
      expect(await listRecords(plan.id, 'chase')).toEqual([]);
      await expectNoAxeViolations(container, 'my report, a time I asked taken away');
      await userEvent.click(screen.getByRole('button', { name: 'Undo my last change' }));
      expect(await lines()).toEqual([
        'On Monday, 2 November 2026 you asked Dee Okafor on the phone.',
      ]);
      const [back] = await listRecords(plan.id, 'chase');
      expect(back!.id).toBe(ref.id);
    } finally {
      history.pushState(null, '', '/');
    }
  });

  it('a time that is not there says so, with the way back to My report', async () => {
    await ensureCurrentPlan();
    await renderScreen(<ChaseFormPage id="no-such-chase" />, ['report']);
    expect(await screen.findByRole('link', { name: 'Back to My report' })).toHaveAttribute(
      'href',
      '/after/report',
    );
  });
});

import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createRecord, ensureCurrentPlan, listRecords } from '../../../src/data';
import WhosWhoPage from '../../../src/features/day/WhosWhoPage';
import { expectNoAxeViolations } from '../../support/axe';
import { renderScreen } from '../../support/renderScreen';
import { allowTimeForScreens } from '../../support/patience';

allowTimeForScreens();

const NS = ['day', 'pictures'];

describe("Who's who", () => {
  it('explains the three panel roles before anyone is added, and shows who the person invited', async () => {
    const plan = await ensureCurrentPlan();
    await createRecord(plan.id, 'attendee', {
      name: 'Ann',
      relation: 'my mum',
      kind: 'family',
      joining: 'video',
    });
    const { container } = await renderScreen(<WhosWhoPage />, NS);
    expect(await screen.findByRole('heading', { name: 'Ann' })).toBeInTheDocument();
    expect(screen.getByText('Family: my mum')).toBeInTheDocument();
    expect(screen.getByText('On a video call')).toBeInTheDocument();
    // The planner owns the people the person invites: no change or remove here.
    expect(screen.queryByRole('button', { name: /Change: Ann/ })).toBeNull();
    for (const role of ['Chair', 'Clinical expert', 'Expert by experience']) {
      expect(screen.getByRole('heading', { name: role })).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: `Add their name and photo (${role})` }),
      ).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'What is this? Chair' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/learn\/words\?back=.*#chair$/),
    );
    await expectNoAxeViolations(container, "who's who");
  });

  it('adds the chair: the name saves as it is typed; Done shows their card', async () => {
    const plan = await ensureCurrentPlan();
    await renderScreen(<WhosWhoPage />, NS);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Add their name and photo (Chair)' }),
    );
    const form = await screen.findByRole('form', { name: 'The panel: Chair' });
    const name = within(form).getByRole('textbox', { name: 'Their name' });
    await waitFor(() => expect(name).toHaveFocus());
    await userEvent.type(name, 'Dr Rahman');
    await userEvent.click(within(form).getByRole('radio', { name: /On the phone/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('heading', { name: 'Dr Rahman' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Change (Dr Rahman)' })).toHaveFocus(),
    );
    const [chair] = await listRecords(plan.id, 'attendee');
    expect(chair!.data).toMatchObject({ kind: 'chair', name: 'Dr Rahman', joining: 'phone' });
  });

  it('removes a panel member and puts the same person back, not a copy', async () => {
    const plan = await ensureCurrentPlan();
    const sue = await createRecord(plan.id, 'attendee', {
      name: 'Sue',
      kind: 'expertByExperience',
      joining: 'room',
    });
    await renderScreen(<WhosWhoPage />, NS);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove (Sue)' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Sue' })).toBeNull());
    expect(screen.getByText("Sue is removed from Who's who.")).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Put them back' });
    await waitFor(() => expect(undo).toHaveFocus());
    await userEvent.click(undo);
    expect(await screen.findByRole('heading', { name: 'Sue' })).toBeInTheDocument();
    expect((await listRecords(plan.id, 'attendee')).map((r) => r.id)).toEqual([sue.id]);
  });
});

import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PersonCard } from '../../../src/ui/PersonCard';
import { expectNoAxeViolations } from '../../support/axe';
import { renderWithSettings } from '../../support/render';

describe('PersonCard', () => {
  it('is one list item named by the person, with their role and their buttons', async () => {
    const { container } = renderWithSettings(
      <ul>
        <PersonCard
          id="p1"
          name="Jo Smith"
          symbol="commissioner"
          roleName="The chair"
          actions={<button type="button">Change Jo Smith</button>}
        >
          <p>They run the meeting.</p>
        </PersonCard>
      </ul>,
    );
    const card = screen.getByRole('listitem', { name: 'Jo Smith' });
    expect(within(card).getByRole('heading', { level: 3, name: 'Jo Smith' })).toBeTruthy();
    expect(within(card).getByText('The chair')).toBeTruthy();
    expect(within(card).getByText('They run the meeting.')).toBeTruthy();
    // The buttons are for the screen; a print-out shows only who the person is.
    expect(
      within(card).getByRole('button', { name: 'Change Jo Smith' }).closest('.no-print'),
    ).toBeTruthy();
    // The picture says nothing of its own: the name and role beside it already do.
    expect(card.querySelector('img')?.getAttribute('alt')).toBe('');
    await expectNoAxeViolations(container);
  });

  it('is a level 2 heading on a page that lists only people, with no buttons unless given', () => {
    renderWithSettings(
      <ul>
        <PersonCard id="p2" name="Mum" symbol="family" headingLevel={2} />
      </ul>,
    );
    const card = screen.getByRole('listitem', { name: 'Mum' });
    expect(within(card).getByRole('heading', { level: 2 })).toBeTruthy();
    expect(card.querySelector('.button-row')).toBeNull();
  });
});

// Words over a record model's limit are refused on the screen, beside the box, before anything
// says "Saved on this tablet"; what was typed stays in the box to be shortened.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ensureCurrentPlan, getRecord, keyedRef } from '../../../src/data';
import { BoundText } from '../../../src/features/forms/BoundText';
import { SaveNote } from '../../../src/features/forms/SaveNote';
import { LONG_TEXT } from '../../../src/shared/models/fields';
import { renderScreen } from '../../support/renderScreen';
import { allowTimeForScreens } from '../../support/patience';

allowTimeForScreens();

describe('an answer that is too long', () => {
  it('is refused beside the box in plain words, kept on screen, and saved once shorter', async () => {
    const plan = await ensureCurrentPlan();
    const ref = keyedRef(plan.id, 'answer', 'safe');
    await renderScreen(
      <>
        <BoundText recordRef={ref} field="words" saved="" label="My words" multiline />
        <SaveNote />
      </>,
      ['planner'],
    );
    const box = await screen.findByRole('textbox', { name: 'My words' });
    const tooLong = 'a'.repeat(LONG_TEXT + 1);
    fireEvent.input(box, { target: { value: tooLong } });
    fireEvent.blur(box);
    await waitFor(() =>
      expect(box).toHaveAccessibleDescription(
        'This is too long to save. It can have up to 20,000 letters. Please make it shorter.',
      ),
    );
    expect(box).toHaveValue(tooLong);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText('Your last change is not saved. Please read the message by the box.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Saved on this tablet/)).toBeNull();
    expect(await getRecord(ref.id)).toBeUndefined();

    await userEvent.clear(box);
    await userEvent.type(box, 'I feel safe at home.');
    fireEvent.blur(box);
    await waitFor(async () =>
      expect((await getRecord(ref.id))?.data.words).toBe('I feel safe at home.'),
    );
    await waitFor(() => expect(screen.getByText(/Saved on this tablet/)).toBeInTheDocument());
    expect(box).not.toHaveAccessibleDescription(/too long/);
  });
});

// The words of an action being written stay with that action: when the form moves to another
// action, it shows that one's own kept words.
import { render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { draftKey, useActionDraft } from '../../../src/features/after/actions/useActionDraft';

afterEach(() => localStorage.clear());

describe('the words of an action being written', () => {
  it('shows each action its own words when the form moves to another', async () => {
    localStorage.setItem(
      'my-review.form.' + draftKey('plan-1', 'b'),
      JSON.stringify({ what: 'Words for B' }),
    );
    const seen: string[] = [];
    function Form({ id }: { id: string }) {
      const { draft } = useActionDraft(draftKey('plan-1', id), null);
      seen.push(draft.what);
      return null;
    }
    const { rerender } = render(<Form id="a" />);
    expect(seen.at(-1)).toBe('');
    rerender(<Form id="b" />);
    await waitFor(() => expect(seen.at(-1)).toBe('Words for B'));
  });
});

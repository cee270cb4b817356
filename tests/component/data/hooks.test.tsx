import { render, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { saveFields, singletonRef, useRecord } from '../../../src/data';
import { ensureCurrentPlan } from '../../../src/data/plans';

describe('useRecord', () => {
  it('never shows the record it had before under a new id: it says "loading" until the new one is read', async () => {
    const plan = await ensureCurrentPlan();
    const a = singletonRef(plan.id, 'profile');
    const b = singletonRef(plan.id, 'review');
    await saveFields(a, { name: 'Sam' });
    await saveFields(b, { place: 'Ward 4' });
    const seen: [string | undefined, unknown][] = [];
    function Show({ id }: { id: string | undefined }) {
      const r = useRecord(id);
      seen.push([id, r === undefined ? 'loading' : r === null ? 'none' : r.id]);
      return null;
    }
    const { rerender } = render(<Show id={undefined} />);
    await waitFor(() => expect(seen.at(-1)).toEqual([undefined, 'none']));
    rerender(<Show id={a.id} />);
    await waitFor(() => expect(seen.at(-1)).toEqual([a.id, a.id]));
    rerender(<Show id={b.id} />);
    await waitFor(() => expect(seen.at(-1)).toEqual([b.id, b.id]));
    // Every render showed either "loading" or the record for the id asked for at that moment.
    for (const [id, shown] of seen) expect(['loading', 'none', id]).toContain(shown);
  });
});

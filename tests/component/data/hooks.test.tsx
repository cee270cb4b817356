// Live queries never show one record's answer for another: when the id changes, the hook says
// "loading" (undefined) until the new record is read. dexie-react-hooks keeps the previous result
// meanwhile, and a stale "no such record" once made Home ask again for a name it already had.
import { render, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import {
  ensureCurrentPlan,
  newPlan,
  saveFields,
  setCurrentPlan,
  singletonRef,
  useCurrentPlanSingleton,
  useRecord,
  useRecords,
} from '../../../src/data';
import { db } from '../../../src/data/db';

describe('useRecord and useRecords', () => {
  it('are undefined, not the previous answer, while a new id or plan is read', async () => {
    const plan = await ensureCurrentPlan();
    const ref = singletonRef(plan.id, 'profile');
    await saveFields(ref, { name: 'Sam' });
    const seen: unknown[] = [];
    const lists: unknown[] = [];
    function Probe({ id, planId }: { id?: string; planId?: string }) {
      const record = useRecord(id);
      const records = useRecords(planId, 'profile');
      seen.push(record === undefined ? 'loading' : record === null ? 'none' : record.data.name);
      lists.push(records === undefined ? 'loading' : records.length);
      return null;
    }
    const { rerender } = render(<Probe />);
    await waitFor(() => expect(seen.at(-1)).toBe('none'));
    await waitFor(() => expect(lists.at(-1)).toBe(0));
    const at = seen.length;
    rerender(<Probe id={ref.id} planId={plan.id} />);
    await waitFor(() => expect(seen.at(-1)).toBe('Sam'));
    await waitFor(() => expect(lists.at(-1)).toBe(1));
    // From the switch on: loading, then the new answer; never the old one.
    expect([...new Set(seen.slice(at))]).toEqual(['loading', 'Sam']);
    expect([...new Set(lists.slice(at))]).toEqual(['loading', 1]);
  });

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

  it('useCurrentPlanSingleton reads the current plan and its profile together, and follows a switch of plan', async () => {
    const first = await ensureCurrentPlan();
    await saveFields(singletonRef(first.id, 'profile'), { name: 'Sam' });
    const other = newPlan({ origin: 'local' });
    await db().plans.add(other);
    await saveFields(singletonRef(other.id, 'profile'), { name: 'Ali' });
    const seen: string[] = [];
    function Probe() {
      const current = useCurrentPlanSingleton('profile');
      seen.push(
        current === undefined
          ? 'loading'
          : `${current.plan?.id === first.id ? 'first' : 'other'}:${String(current.record?.data.name ?? 'none')}`,
      );
      return null;
    }
    render(<Probe />);
    // One read brings both: there is no render with the plan but not yet its profile.
    await waitFor(() => expect(seen.at(-1)).toBe('first:Sam'));
    expect([...new Set(seen)]).toEqual(['loading', 'first:Sam']);
    await saveFields(singletonRef(first.id, 'profile'), { name: 'Sammy' });
    await waitFor(() => expect(seen.at(-1)).toBe('first:Sammy'));
    await setCurrentPlan(other.id);
    await waitFor(() => expect(seen.at(-1)).toBe('other:Ali'));
    // Never the first plan's name under the other plan, nor the other's under the first.
    for (const s of seen) expect(['loading', 'first:Sam', 'first:Sammy', 'other:Ali']).toContain(s);
  });
});

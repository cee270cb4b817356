import { describe, expect, it } from 'vitest';
import { db } from '../../../src/data/db';
import { DRAFTS_KEY, draftOf, saveLeftDrafts } from '../../../src/data/drafts';
import { ensureCurrentPlan } from '../../../src/data/plans';
import { getRecord, saveField, singletonRef } from '../../../src/data/records';

async function profile() {
  const plan = await ensureCurrentPlan();
  return singletonRef(plan.id, 'profile');
}

describe('words typed but not yet saved', () => {
  it('are saved at the next start if the page closed first, with their outbox change', async () => {
    const ref = await profile();
    draftOf(ref, 'name').keep('Jo');
    draftOf(ref, 'name').keep('Jordan'); // typing on: only the newest words count
    // The page closes here, before the autosave. At the next start:
    expect(await saveLeftDrafts()).toBe(1);
    expect((await getRecord(ref.id))?.data.name).toBe('Jordan');
    expect(await db().outbox.count()).toBe(1);
    expect(localStorage.getItem(DRAFTS_KEY)).toBeNull();
    expect(await saveLeftDrafts()).toBe(0);
  });

  it('are forgotten once saved, but not if newer words were typed meanwhile', async () => {
    const ref = await profile();
    const name = draftOf(ref, 'name');
    name.keep('Sam');
    await saveField(ref, 'name', 'Sam');
    name.keep('Samira'); // typed while the save of "Sam" was under way
    name.saved('Sam');
    expect(await saveLeftDrafts()).toBe(1);
    expect((await getRecord(ref.id))?.data.name).toBe('Samira');
  });

  it('stay for the next try if the save fails, and something unreadable is dropped', async () => {
    const ref = await profile();
    localStorage.setItem(
      DRAFTS_KEY,
      JSON.stringify({
        broken: { value: 42 },
        [`${ref.planId}/${ref.id}/name`]: { ref, field: 'name', value: 'Ana' },
      }),
    );
    db().close();
    expect(await saveLeftDrafts()).toBe(0);
    expect(Object.keys(JSON.parse(localStorage.getItem(DRAFTS_KEY)!))).toEqual([
      `${ref.planId}/${ref.id}/name`,
    ]);
  });
});

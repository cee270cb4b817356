// The SMART rule (domain.md §1.10): no action is saved without a named person and a date, and the
// reason is one plain sentence. Every status can follow every other, once an action is saved.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ensureCurrentPlan,
  getRecord,
  listRecords,
  newRecordRef,
  saveFields,
} from '../../../src/data';
import { db } from '../../../src/data/db';
import { actionFromRecord } from '../../../src/features/after/actions/actions';
import {
  actionFields,
  EMPTY_DRAFT,
  smartRefusal,
  statusOf,
} from '../../../src/features/after/actions/smart';
import { ACTION_STATUSES, actionModel } from '../../../src/shared/models/action';
import { checkFields } from '../../../src/shared/models/check';
import { splitSentences } from '../../../src/shared/text';

const full = {
  what: 'Find me a flat near my mum.',
  who: 'Jo Smith',
  whoContact: null,
  howWeKnow: 'I have the keys.',
  byWhen: '2027-03-28',
};
const words = JSON.parse(
  readFileSync(join(__dirname, '../../../locales/en/actions.json'), 'utf8'),
) as { form: { refused: Record<string, string> } };

describe('the SMART rule', () => {
  it('refuses an action without a named person or a date, saying which is missing', () => {
    expect(smartRefusal(EMPTY_DRAFT)).toBe('noWhoNoDate');
    expect(smartRefusal({ ...full, who: '', byWhen: '' })).toBe('noWhoNoDate');
    expect(smartRefusal({ ...full, who: '   ' })).toBe('noWho');
    expect(smartRefusal({ ...full, byWhen: '' })).toBe('noDate');
    expect(smartRefusal({ ...full, byWhen: '2027-02-30' })).toBe('badDate');
    expect(smartRefusal({ ...full, byWhen: 'next week' })).toBe('badDate');
    expect(smartRefusal({ ...full, what: ' ' })).toBe('noWhat');
  });

  it('lets through an action with what, a named person and a real date', () => {
    expect(smartRefusal(full)).toBeNull();
    expect(smartRefusal({ ...full, howWeKnow: '' })).toBeNull();
    expect(smartRefusal({ ...full, who: 'Jo', whoContact: 'contact-1' })).toBeNull();
  });

  it('says why in one plain sentence for every refusal', () => {
    for (const reason of ['noWhoNoDate', 'noWho', 'noDate', 'badDate', 'noWhat', 'failed']) {
      const sentence = words.form.refused[reason]!;
      expect(splitSentences(sentence), reason).toHaveLength(1);
      expect(sentence.split(/\s+/).length, reason).toBeLessThanOrEqual(15);
    }
  });

  it('writes the trimmed words, which the record model accepts', () => {
    const fields = actionFields({ ...full, who: '  Jo Smith ', what: ' Flat. ' });
    expect(fields).toEqual({ ...full, who: 'Jo Smith', what: 'Flat.' });
    expect(checkFields('action', { ...fields, status: 'notStarted' })).toBeNull();
  });

  it('saves every status change, from each status to each other, with one outbox entry each', async () => {
    const plan = await ensureCurrentPlan();
    const ref = newRecordRef(plan.id, 'action');
    await saveFields(ref, { ...actionFields(full), status: 'notStarted' });
    const before = await db().outbox.count();
    let changes = 0;
    for (const from of ACTION_STATUSES)
      for (const to of ACTION_STATUSES) {
        if (from === to) continue;
        await saveFields(ref, { status: from });
        await saveFields(ref, { status: to });
        const saved = actionFromRecord((await getRecord(ref.id))!);
        expect(saved.status, `${from} → ${to}`).toBe(to);
        // What, who and when stay as they were: a status change never loses the SMART parts.
        expect([saved.what, saved.who, saved.byWhen]).toEqual([full.what, full.who, full.byWhen]);
        changes += 2;
      }
    expect(await listRecords(plan.id, 'action')).toHaveLength(1);
    // A change to the status it already has writes nothing; every other one is one mutation.
    expect(await db().outbox.count()).toBeLessThanOrEqual(before + changes);
    expect(await db().outbox.count()).toBeGreaterThan(before + ACTION_STATUSES.length);
  });

  it('reads a missing or unknown status as not started, and the model refuses an unknown one', () => {
    for (const s of ACTION_STATUSES) expect(statusOf(s)).toBe(s);
    expect(statusOf(null)).toBe('notStarted');
    expect(checkFields('action', { status: 'finished' })).not.toBeNull();
    expect(actionModel.decode({ status: 'finished' }).status).toBeNull();
  });
});

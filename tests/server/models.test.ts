// The server checks every pushed field against its record type's model (src/shared/models), on
// both databases: a refused field rejects its mutation with a reason the app can show, and nothing
// of it is stored; the other mutations of the same push are applied as usual.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, startHarness, type Harness } from './support/harness';
import { mutation, pullAll, pushAs } from './support/mutations';

describe.each(DATABASES)('record models on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(() => h.close());

  it('rejects a name over the limit and keeps nothing of it, applying the rest', async () => {
    const sam = await h.owner('models-long@example.org');
    const profile = `profile:${sam.planId}`;
    const tooLong = mutation(
      sam.planId,
      profile,
      { name: ['S'.repeat(1001), 0] },
      { op: 'create', type: 'profile' },
    );
    const fine = mutation(
      sam.planId,
      `answer:${sam.planId}:safe`,
      { words: ['I feel safe at home.', 0], scale: ['good', 0] },
      { op: 'create', type: 'answer' },
    );
    const [refused, applied] = await pushAs(h, sam, [tooLong, fine]);
    expect(refused).toMatchObject({ status: 'rejected', reason: 'invalid_field' });
    expect(applied).toMatchObject({ status: 'applied' });
    const records = await pullAll(h, sam, sam.planId);
    expect(records.has(profile)).toBe(false);
    expect(records.get(`answer:${sam.planId}:safe`)?.data).toEqual({
      words: 'I feel safe at home.',
      scale: 'good',
    });
    // A retry gets the same answer.
    const [again] = await pushAs(h, sam, [tooLong]);
    expect(again).toMatchObject({ status: 'rejected', reason: 'invalid_field' });
  });

  it('rejects a choice that is not on the list, and a photo that is not a picture id', async () => {
    const sam = await h.owner('models-choice@example.org');
    const [kind, photo, ok] = await pushAs(h, sam, [
      mutation(
        sam.planId,
        'p1',
        { name: ['Jo', 0], kind: ['wizard', 0] },
        { op: 'create', type: 'attendee' },
      ),
      mutation(sam.planId, 'p2', { photo: ['not-a-sha', 0] }, { op: 'create', type: 'attendee' }),
      mutation(
        sam.planId,
        'p3',
        { name: ['Jo', 0], kind: ['family', 0], joining: [null, 0] },
        { op: 'create', type: 'attendee' },
      ),
    ]);
    expect(kind).toMatchObject({ status: 'rejected', reason: 'invalid_field' });
    expect(photo).toMatchObject({ status: 'rejected', reason: 'invalid_field' });
    expect(ok).toMatchObject({ status: 'applied' });
  });

  it('keeps fields no model names (written by an older version) within the general limits', async () => {
    const sam = await h.owner('models-old@example.org');
    const [r] = await pushAs(h, sam, [
      mutation(
        sam.planId,
        `profile:${sam.planId}`,
        { name: ['Sam', 0], pronouns: ['they', 0] },
        { op: 'create', type: 'profile' },
      ),
    ]);
    expect(r).toMatchObject({ status: 'applied' });
  });
});

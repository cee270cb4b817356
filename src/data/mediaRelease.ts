// Photos and recordings nobody uses any more leave the tablet. When a change takes a photo out of
// a record (replaced, removed, or the record removed), the photo is noted, in the same transaction
// as the change, with the outbox mutation that dropped it. It is deleted once
//   - the server has acknowledged that mutation (it is no longer in the outbox), or at once for a
//     plan only on this tablet (nothing to wait for);
//   - no record on the tablet, no open question and no refused change refers to it (the same
//     bytes may be in two records, or two plans);
//   - nothing on the screen can still bring it back ("Undo", "Use my photo again": holdMedia).
// A change the server refused keeps the photo: the server still has the record that shows it.
import { db, type MyReviewDb } from './db';

const RELEASED_KEY = 'releasedMedia';

interface Released {
  planId: string;
  /** The mutation that dropped it; absent when the server already said so (a pulled change). */
  after?: string;
}

type ReleasedMap = Record<string, Released>;

/** A photo's or recording's name is the SHA-256 of its bytes: 64 hexadecimal letters. */
const SHA256 = /^[0-9a-f]{64}$/;

export function isMediaRef(value: unknown): value is string {
  return typeof value === 'string' && SHA256.test(value);
}

/**
 * The photos and recordings a change takes out of a record: values it had that it no longer has.
 * (Any field holding a SHA-256 counts: the later check keeps whatever anything still refers to.)
 */
export function droppedMedia(
  before: Readonly<Record<string, unknown>> | undefined,
  after: Readonly<Record<string, unknown>> | undefined,
): string[] {
  if (!before) return [];
  const still = new Set(Object.values(after ?? {}).filter(isMediaRef));
  return [...new Set(Object.values(before).filter(isMediaRef))].filter((s) => !still.has(s));
}

/** Notes photos a change dropped. Runs inside the caller's transaction (which includes meta). */
export async function noteReleased(
  d: MyReviewDb,
  planId: string,
  shas: string[],
  after?: string,
): Promise<void> {
  if (!shas.length) return;
  const row = await d.meta.get(RELEASED_KEY);
  const map: ReleasedMap = { ...((row?.value as ReleasedMap | undefined) ?? {}) };
  for (const sha of shas) map[sha] = after ? { planId, after } : { planId };
  await d.meta.put({ key: RELEASED_KEY, value: map });
}

const holders = new Set<() => Iterable<string>>();

/**
 * Keeps photos while something on the screen can still put them back (the Undo list, "Use my
 * photo again"). Returns how to let go; a photo let go goes at the next clean-up.
 */
export function holdMedia(held: () => Iterable<string>): () => void {
  holders.add(held);
  return () => {
    holders.delete(held);
  };
}

function heldNow(): Set<string> {
  const out = new Set<string>();
  for (const h of holders) for (const sha of h()) out.add(sha);
  return out;
}

/** Whether any photos are waiting to be looked at (cheap: one row). */
export async function hasReleasedMedia(d: MyReviewDb = db()): Promise<boolean> {
  const row = await d.meta.get(RELEASED_KEY);
  return Object.keys((row?.value as ReleasedMap | undefined) ?? {}).length > 0;
}

/**
 * Deletes the noted photos and recordings that nothing uses and nothing waits for. Returns how
 * many were deleted. One transaction: a change made meanwhile waits, so none is missed.
 */
export async function deleteUnusedMedia(d: MyReviewDb = db()): Promise<number> {
  if (!(await hasReleasedMedia(d))) return 0;
  const held = heldNow();
  const tables = [d.meta, d.plans, d.records, d.outbox, d.conflicts, d.media, d.mediaQueue];
  return d.transaction('rw', tables, async () => {
    const row = await d.meta.get(RELEASED_KEY);
    const map: ReleasedMap = { ...((row?.value as ReleasedMap | undefined) ?? {}) };
    const ready: string[] = [];
    for (const [sha, note] of Object.entries(map)) {
      if (held.has(sha)) continue;
      const plan = await d.plans.get(note.planId);
      if (plan && plan.origin !== 'local' && note.after) {
        const entry = await d.outbox.where('mutationId').equals(note.after).first();
        if (entry?.status === 'pending') continue; // not acknowledged yet
        if (entry?.status === 'rejected') {
          delete map[sha]; // refused: the server's record still shows it, so it stays
          continue;
        }
      }
      ready.push(sha);
    }
    let deleted = 0;
    if (ready.length) {
      const used = await referenced(d, new Set(ready));
      for (const sha of ready) {
        delete map[sha];
        if (used.has(sha)) continue;
        if (await d.media.get(sha)) deleted++;
        await d.media.delete(sha);
        await d.mediaQueue.delete(sha);
      }
    }
    await d.meta.put({ key: RELEASED_KEY, value: map });
    return deleted;
  });
}

/** Which of these photos a live record, an open question or a refused change still refers to. */
async function referenced(d: MyReviewDb, shas: Set<string>): Promise<Set<string>> {
  const used = new Set<string>();
  const look = (values: Iterable<unknown>) => {
    for (const v of values) if (isMediaRef(v) && shas.has(v)) used.add(v);
  };
  await d.records.each((r) => {
    if (!r.deleted) look(Object.values(r.data));
  });
  // A refused change stays for the person to read (/conflicts). Waiting changes are not looked
  // at: an older one naming a photo a newer one replaced would otherwise keep it for ever.
  await d.outbox
    .where('status')
    .equals('rejected')
    .each((e) => look(Object.values(e.fields).map((f) => f.value)));
  // An open question keeps both sides: the person may still choose either.
  await d.conflicts.each((c) => {
    const text = JSON.stringify(c);
    for (const sha of shas) if (text.includes(sha)) used.add(sha);
  });
  return used;
}

let cleanup: Promise<unknown> = Promise.resolve();

/**
 * Runs the clean-up after the code that made the change has finished its step (the Undo list
 * holds the photo by then), never blocking the save. A failure only leaves the photo for next time.
 */
export function cleanUpMediaSoon(d: MyReviewDb = db()): void {
  cleanup = cleanup.then(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(() => {
          void deleteUnusedMedia(d)
            .catch(() => 0)
            .then(() => resolve());
        }, 0);
      }),
  );
}

/** Tests: waits for the clean-ups already asked for. */
export function mediaCleanUpDone(): Promise<unknown> {
  return cleanup;
}

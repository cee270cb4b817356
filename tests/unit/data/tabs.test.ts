// Two tabs of the app on one device, one of them older: the upgrade must never run under old code,
// and the person is told what to do in plain words.
import { describe, expect, it } from 'vitest';
import { MyReviewDb, setBeforeClose } from '../../../src/data/db';
import { databaseNotices } from '../../../src/data/notices';
import { SCHEMA_VERSIONS } from '../../../src/data/schema';

const reset = () =>
  databaseNotices.set({ blocked: false, versionChanged: false, storageFull: false, saveFailed: false });

describe('another tab', () => {
  it('that opens a newer version makes this tab save what is being typed, close and say so', async () => {
    reset();
    const name = 'tabs-versionchange';
    const current = new MyReviewDb(name);
    await current.open();
    let flushed = false;
    setBeforeClose(async () => {
      flushed = true;
    });
    const newer = new MyReviewDb(name, [
      ...SCHEMA_VERSIONS,
      { version: SCHEMA_VERSIONS.at(-1)!.version + 1, stores: { extra: 'id' } },
    ]);
    await newer.open(); // succeeds because the current tab closed its connection
    expect(flushed).toBe(true);
    expect(current.isOpen()).toBe(false);
    expect(databaseNotices.get().versionChanged).toBe(true);
    newer.close();
    setBeforeClose(async () => {});
  });

  it('that is old and does not close blocks the upgrade: the person is asked to close it', async () => {
    reset();
    const name = 'tabs-blocked';
    // An old tab holding version 1 with no versionchange handler (as very old code might).
    const old = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(name, 10);
      req.onupgradeneeded = () => req.result.createObjectStore('plans', { keyPath: 'id' });
      req.onsuccess = () => resolve(req.result);
    });
    const next = new MyReviewDb(name, [
      ...SCHEMA_VERSIONS,
      { version: SCHEMA_VERSIONS.at(-1)!.version + 1, stores: { extra: 'id' } },
    ]);
    const opening = next.open();
    await expect.poll(() => databaseNotices.get().blocked).toBe(true);
    old.close(); // the person closed the old tab
    await opening;
    expect(databaseNotices.get().blocked).toBe(false);
    next.close();
  });
});

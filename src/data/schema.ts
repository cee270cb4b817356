// Every schema version the app has ever shipped, oldest first. Append only: a version, once
// released, is never edited, because some tablet still has it. An upgrade function must keep every
// record and every outbox row (the outbox is work not yet on the server). Each entry has a test in
// tests/unit/data/upgrade.test.ts that opens the previous version with data and checks nothing is lost.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** Table names live here once, so no code spells them twice. */
export const TABLES = {
  plans: 'plans',
  records: 'records',
  outbox: 'outbox',
  media: 'media',
  meta: 'meta',
  settings: 'settings',
  conflicts: 'conflicts',
  mediaQueue: 'mediaQueue',
} as const;

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      plans: 'id',
      records: 'id, planId, [planId+type]',
      outbox: '++seq, &mutationId, planId, recordId, status',
      media: 'sha256, planId',
      meta: 'key',
      settings: 'key',
    },
  },
  {
    // Sync: the open conflicts of each record (mirrored from the server, for the person to
    // answer), and photos other devices added that this one has still to fetch.
    version: 2,
    stores: {
      conflicts: 'id, planId, recordId',
      mediaQueue: 'sha256, planId',
    },
  },
  {
    // Settings › Storage says how much photos and recordings take: the sizes by kind are read
    // from this index alone, without loading a single photo's bytes.
    version: 3,
    stores: {
      media: 'sha256, planId, [mime+size]',
    },
  },
  {
    // The diary's order (day, then id: newest first read backwards), so its first screen reads
    // only the entries it shows, not all of them. IndexedDB builds the index from the records
    // already there; records without a day (every other kind but a few) are simply not in it.
    version: 4,
    stores: {
      records: 'id, planId, [planId+type], [planId+type+data.when+id]',
    },
  },
];

import Dexie, { type EntityTable } from 'dexie';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type {
  MetaRow,
  OutboxEntry,
  Plan,
  QueuedMedia,
  SettingsRow,
  StoredConflict,
  StoredMedia,
  StoredRecord,
} from './types';
import { databaseNotices } from './notices';

export const DATABASE_NAME = 'my-review';

export class MyReviewDb extends Dexie {
  plans!: EntityTable<Plan, 'id'>;
  records!: EntityTable<StoredRecord, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  media!: EntityTable<StoredMedia, 'sha256'>;
  meta!: EntityTable<MetaRow, 'key'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  conflicts!: EntityTable<StoredConflict, 'id'>;
  mediaQueue!: EntityTable<QueuedMedia, 'sha256'>;

  constructor(name = DATABASE_NAME, versions: SchemaVersion[] = SCHEMA_VERSIONS) {
    // Strict durability: the commit event waits for the disk, so "Saved on this tablet" is true
    // even if the tablet loses power a moment later (Chrome's default became "relaxed" in v121).
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    this.on('blocked', () => databaseNotices.set((n) => ({ ...n, blocked: true })));
    this.on('ready', () => databaseNotices.set((n) => (n.blocked ? { ...n, blocked: false } : n)));
    // Another tab opened a newer version of the app. Close this connection so its upgrade can go
    // ahead, and tell the person; the app shell reloads once any typed words are saved.
    this.on('versionchange', () => {
      void (async () => {
        try {
          await Promise.race([beforeClose(), new Promise((r) => setTimeout(r, 2000))]);
        } finally {
          this.close();
          databaseNotices.set((n) => ({ ...n, versionChanged: true }));
        }
      })();
      return false; // we close it ourselves, after the words being typed are saved
    });
  }
}

let beforeClose: () => Promise<void> = async () => {};

/** The app shell saves any words still being typed before this tab lets a newer version in. */
export function setBeforeClose(fn: () => Promise<void>): void {
  beforeClose = fn;
}

let instance: MyReviewDb | undefined;

/** The one database of this app. Only src/data (and src/sync) may call this. */
export function db(): MyReviewDb {
  instance ??= new MyReviewDb();
  return instance;
}

/** Tests use a fresh database per test. */
export function useDatabase(next: MyReviewDb): void {
  instance?.close();
  instance = next;
}

/** Starts opening the database early; a failure shows up at the first real query instead. */
export async function openDatabase(): Promise<void> {
  await db()
    .open()
    .catch(() => undefined);
}

// The copy file, as data: which entries it may hold, their limits, and the manifest that says when
// and by which version it was made. One place, read by the writer (writeCopy.ts), the reader
// (readCopy.ts) and the tests, so the two sides cannot drift apart.
import { MEDIA_TYPES } from '../../../shared/protocol';

/** What the first bytes of the manifest say this file is. */
export const COPY_KIND = 'my-review-copy';

/**
 * The archive format this app writes. Raise it when the layout or data.json changes, and add a
 * step to migrate.ts that turns the previous version into this one: a copy made years ago must
 * still come back. Version 1 kept one plan per file (`plan`) and each record's words in `fields`.
 */
export const FORMAT_VERSION = 2;

export const MANIFEST = 'manifest.json';
export const DATA = 'data.json';
export const SUMMARY = 'summary.html';

/** The file ending a photo or recording gets inside the copy, so it opens from a folder. */
export const MEDIA_EXTENSIONS: Record<(typeof MEDIA_TYPES)[number], string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
  'audio/mpeg': 'mp3',
  'application/pdf': 'pdf',
};

export function mediaPath(sha256: string, mime: string): string {
  const ext = (MEDIA_EXTENSIONS as Record<string, string>)[mime] ?? 'bin';
  return `media/${sha256}.${ext}`;
}

/**
 * Every name an entry may have. Anything else is refused, which also refuses "../" and absolute
 * paths (zip slip): the reader never writes files by name anyway, but a copy with such names was
 * not made by this app.
 */
export const ENTRY_NAME =
  /^(manifest\.json|data\.json|summary\.html|media\/[0-9a-f]{64}\.[a-z0-9]{2,4})$/;

/**
 * Caps against a zip bomb: the reader counts the bytes it really inflates, and stops at these,
 * whatever the file's headers claim. A photo or recording is at most 25 MB (the server's cap);
 * 2,000 records are about 1 MB of JSON.
 */
export const LIMITS = {
  entries: 20_000,
  /** data.json and summary.html. */
  textEntryBytes: 64 * 1024 * 1024,
  /** manifest.json: about 100 bytes an entry. */
  manifestBytes: 4 * 1024 * 1024,
  mediaEntryBytes: 30 * 1024 * 1024,
  totalBytes: 2 * 1024 * 1024 * 1024,
} as const;

export function entryLimit(name: string): number {
  if (name === MANIFEST) return LIMITS.manifestBytes;
  if (name.startsWith('media/')) return LIMITS.mediaEntryBytes;
  return LIMITS.textEntryBytes;
}

export interface ManifestEntry {
  /** SHA-256 of the entry's bytes as written (before compression). */
  sha256: string;
  size: number;
}

export interface Manifest {
  kind: typeof COPY_KIND;
  formatVersion: number;
  /** When the copy was made (this device's clock: a label for people). */
  madeAt: string;
  /** The build of the app that made it (as Help shows it). */
  appVersion: string;
  entries: Record<string, ManifestEntry>;
}

/** A plan as the copy keeps it: whose it is on this device, not its sync state. */
export interface CopyPlan {
  id: string;
  role: 'owner' | 'supporter' | 'family' | 'viewer';
  createdAt: string;
}

export interface CopyRecord {
  planId: string;
  id: string;
  type: string;
  data: Record<string, unknown>;
  /** The server revision of each field when the copy was made: restored changes carry them. */
  rev: Record<string, number>;
  deleted: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CopyMedia {
  sha256: string;
  planId: string;
  mime: string;
  size: number;
  /** Its entry in the copy (media/<sha256>.<ext>). */
  path: string;
}

/** data.json in the current format. */
export interface CopyData {
  plans: CopyPlan[];
  records: CopyRecord[];
  media: CopyMedia[];
}

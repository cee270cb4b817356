// "Save a copy of everything": every plan and record on this device, every photo and recording,
// and a summary anyone can open in a browser, in one zip made by fflate. Photos and recordings are
// read from the database one at a time and stored as they are (they are already compressed), and
// each chunk goes to the sink as soon as fflate makes it, so memory holds about one photo at a time.
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
// Straight from the module, not the data layer's index: it stays off the first screen.
import { listMediaKeys, readEverything } from '../../../data/copy';
import { getMedia } from '../../../data';
import {
  COPY_KIND,
  DATA,
  FORMAT_VERSION,
  MANIFEST,
  mediaPath,
  SUMMARY,
  type CopyData,
  type CopyMedia,
  type Manifest,
} from './format';
import type { CopySink } from './sinks';

export interface CopyFacts {
  records: number;
  media: number;
  plans: number;
  bytes: number;
}

export async function sha256Of(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface WriteOptions {
  appVersion: string;
  madeAt?: Date;
  /** The readable summary (summary.ts), given the copy's data: kept apart so tests can skip it. */
  summary: (data: CopyData, madeAt: string) => string;
  /** The database to copy (the app's own unless a test runs several devices). */
  db?: Database;
}

type Database = Parameters<typeof readEverything>[0];

export async function writeCopy(sink: CopySink, options: WriteOptions): Promise<CopyFacts> {
  const madeAt = (options.madeAt ?? new Date()).toISOString();
  const zip = new Zip();
  let bytes = 0;
  let writing: Promise<void> = Promise.resolve();
  let finished!: () => void;
  let failed!: (error: unknown) => void;
  const ended = new Promise<void>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  zip.ondata = (error, chunk, final) => {
    if (error) return failed(error);
    bytes += chunk.length;
    writing = writing.then(() => sink.write(chunk));
    if (final) writing.then(finished, failed);
  };
  // Waiting for the sink after each entry holds the next photo back until this one is written.
  const drained = () => writing;

  const entries: Manifest['entries'] = {};
  const deflated = async (name: string, text: string) => {
    const content = new TextEncoder().encode(text);
    entries[name] = { sha256: await sha256Of(content), size: content.length };
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(content, true);
    await drained();
  };

  try {
    const media: CopyMedia[] = [];
    for (const key of await listMediaKeys(options.db)) {
      const row = await getMedia(key, options.db);
      if (!row) continue; // removed while the copy was being made
      const path = mediaPath(row.sha256, row.mime);
      const content = new Uint8Array(row.bytes);
      entries[path] = { sha256: row.sha256, size: content.length };
      media.push({
        sha256: row.sha256,
        planId: row.planId,
        mime: row.mime,
        size: content.length,
        path,
      });
      const file = new ZipPassThrough(path);
      zip.add(file);
      file.push(content, true);
      await drained();
    }
    const everything = await readEverything(options.db);
    const data: CopyData = {
      plans: everything.plans.map((p) => ({ id: p.id, role: p.role, createdAt: p.createdAt })),
      records: everything.records.map((r) => ({
        planId: r.planId,
        id: r.id,
        type: r.type,
        data: r.data,
        rev: r.rev,
        deleted: r.deleted,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      })),
      media,
    };
    await deflated(DATA, JSON.stringify(data));
    await deflated(SUMMARY, options.summary(data, madeAt));
    const manifest: Manifest = {
      kind: COPY_KIND,
      formatVersion: FORMAT_VERSION,
      madeAt,
      appVersion: options.appVersion,
      entries,
    };
    await deflated(MANIFEST, JSON.stringify(manifest));
    zip.end();
    await ended;
    await sink.close();
    return {
      records: data.records.filter((r) => !r.deleted).length,
      media: media.length,
      plans: data.plans.length,
      bytes,
    };
  } catch (error) {
    zip.terminate();
    await sink.abort().catch(() => undefined);
    throw error;
  }
}

/** The name the copy is offered under: the app and the day, so several copies sort by date. */
export function copyFileName(day: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `my-review-copy-${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}.zip`;
}

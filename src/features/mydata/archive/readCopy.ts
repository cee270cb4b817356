// "Bring back from a copy", in two passes over the file (which stays on disk):
//   1. checkCopy reads and checks EVERYTHING — the zip's table, every entry's size and checksum,
//      the manifest, and every plan, record and photo against the models — and writes nothing.
//   2. bringBack stores the photos one at a time (each checked again as it is read), then the plans
//      and records in one transaction through the data layer.
// A damaged, cut short, wrong or hostile file fails pass 1 with a plain reason and changes nothing.
import { StorageFullError } from '../../../data';
// Straight from the module, not the data layer's index: it stays off the first screen.
import {
  CopyClashError,
  putCopiedMedia,
  restoreCopy,
  type RestoreResult,
} from '../../../data/copy';
import { CopyProblem } from './copyProblem';
import {
  DATA,
  entryLimit,
  FORMAT_VERSION,
  LIMITS,
  MANIFEST,
  ENTRY_NAME,
  type Manifest,
} from './format';
import { migrate } from './migrate';
import { checkData, ManifestSchema, type CheckedData } from './validate';
import { sha256Of } from './writeCopy';
import { readDirectory, readEntry, type ZipEntry } from './zipReader';

type Database = Parameters<typeof restoreCopy>[2];

export interface CheckedCopy {
  manifest: Manifest;
  data: CheckedData;
  entries: Map<string, ZipEntry>;
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new CopyProblem('damaged', `${what} is not JSON`);
  }
}

/** Pass 1: the whole file, checked. Throws CopyProblem; writes nothing. */
export async function checkCopy(file: Blob): Promise<CheckedCopy> {
  const list = await readDirectory(file, LIMITS.entries);
  const entries = new Map<string, ZipEntry>();
  let declared = 0;
  for (const e of list) {
    if (!ENTRY_NAME.test(e.name))
      throw new CopyProblem('notACopy', `entry ${JSON.stringify(e.name)}`);
    if (entries.has(e.name)) throw new CopyProblem('damaged', `${e.name} twice`);
    entries.set(e.name, e);
    declared += e.size;
  }
  if (declared > LIMITS.totalBytes) throw new CopyProblem('tooBig', `${declared} bytes`);
  const manifestEntry = entries.get(MANIFEST);
  if (!manifestEntry) throw new CopyProblem('notACopy', 'no manifest');
  const rawManifest = parseJson(
    await readEntry(file, manifestEntry, LIMITS.manifestBytes),
    MANIFEST,
  );
  const kind = (rawManifest as { kind?: unknown } | null)?.kind;
  const version = (rawManifest as { formatVersion?: unknown } | null)?.formatVersion;
  if (kind !== 'my-review-copy') throw new CopyProblem('notACopy', 'manifest kind');
  // Said before anything else about its contents: a newer copy may hold what this version cannot.
  if (typeof version === 'number' && version > FORMAT_VERSION)
    throw new CopyProblem('newer', `format ${version}`);
  const m = ManifestSchema.safeParse(rawManifest);
  if (!m.success) throw new CopyProblem('notACopy', 'manifest');
  const manifest = m.data as Manifest;
  for (const name of entries.keys())
    if (name !== MANIFEST && !manifest.entries[name])
      throw new CopyProblem('damaged', `${name} not listed`);
  for (const name of Object.keys(manifest.entries))
    if (!entries.has(name)) throw new CopyProblem('damaged', `${name} missing`);

  let dataBytes: Uint8Array | undefined;
  for (const [name, entry] of entries) {
    if (name === MANIFEST) continue;
    const bytes = await readEntry(file, entry, entryLimit(name));
    const listed = manifest.entries[name]!;
    if (
      bytes.length !== listed.size ||
      (await sha256Of(bytes as Uint8Array<ArrayBuffer>)) !== listed.sha256
    )
      throw new CopyProblem('damaged', `${name} checksum`);
    if (name === DATA) dataBytes = bytes;
  }
  if (!dataBytes) throw new CopyProblem('notACopy', 'no data');
  const data = checkData(
    migrate(manifest.formatVersion, parseJson(dataBytes, DATA)),
    manifest.entries,
  );
  return { manifest, data, entries };
}

/** The bytes as an ArrayBuffer of their own (how the data layer stores them). */
function wholeBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer);
}

/** Pass 2: writes what pass 1 checked. */
export async function bringBack(
  file: Blob,
  copy: CheckedCopy,
  d?: Database,
): Promise<RestoreResult> {
  try {
    for (const m of copy.data.media) {
      const entry = copy.entries.get(m.path)!;
      const bytes = await readEntry(file, entry, entryLimit(m.path));
      // The file could have changed on the card since pass 1: checked again as it is stored.
      if ((await sha256Of(bytes as Uint8Array<ArrayBuffer>)) !== m.sha256)
        throw new CopyProblem('damaged', `${m.path} changed`);
      await putCopiedMedia(
        {
          sha256: m.sha256,
          planId: m.planId,
          mime: m.mime,
          bytes: wholeBuffer(bytes),
        },
        d,
      );
    }
    return await restoreCopy(copy.data.plans, copy.data.records, d);
  } catch (error) {
    // Photos already stored stay (they are kept by their checksum, and cause no duplicates).
    if (error instanceof CopyProblem) throw new CopyProblem(error.problem, error.detail, false);
    if (error instanceof StorageFullError) throw new CopyProblem('storageFull', '', false);
    if (error instanceof CopyClashError)
      throw new CopyProblem('wrongContent', error.recordId, false);
    throw new CopyProblem('failed', String(error), false);
  }
}

/** Both passes: what the screen calls. */
export async function restoreFromFile(file: Blob, d?: Database): Promise<RestoreResult> {
  let checked: CheckedCopy;
  try {
    checked = await checkCopy(file);
  } catch (error) {
    if (error instanceof CopyProblem) throw error;
    // Reading the file itself failed (it was removed, the card was taken out).
    throw new CopyProblem('damaged', String(error));
  }
  return bringBack(file, checked, d);
}

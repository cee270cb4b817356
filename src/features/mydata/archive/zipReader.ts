// Reads a zip by its central directory, one entry at a time, straight from the File (which the
// browser keeps on disk): a copy of 500 MB is never in memory at once.
//
// Why not fflate's streaming Unzip: fflate's Zip writes every entry with a data descriptor (sizes
// after the data), and its Unzip then finds where an entry ends by scanning for the descriptor's
// signature inside the data. A photo that happens to contain those four bytes would cut it short.
// The central directory at the end of the file has every entry's exact size and place, so only
// that small table is read here; the bytes are inflated by fflate's own Inflate.
import { Inflate } from 'fflate';
import { CopyProblem } from './copyProblem';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate: the only two this app writes. */
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
const CHUNK = 1024 * 1024;

async function bytesAt(blob: Blob, start: number, end: number): Promise<DataView> {
  if (start < 0 || end > blob.size || start > end) throw new CopyProblem('damaged', 'out of range');
  return new DataView(await blob.slice(start, end).arrayBuffer());
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function nameAt(view: DataView, offset: number, length: number): string {
  try {
    return decoder.decode(new Uint8Array(view.buffer, view.byteOffset + offset, length));
  } catch {
    throw new CopyProblem('notACopy', 'name is not UTF-8');
  }
}

/** The entries the central directory lists, checked to lie inside the file, in its order. */
export async function readDirectory(blob: Blob, maxEntries: number): Promise<ZipEntry[]> {
  if (blob.size < EOCD_MIN) throw new CopyProblem('notACopy', 'too small');
  // Every zip starts with an entry: anything else (a photo, a document) was never a copy.
  if ((await bytesAt(blob, 0, 4)).getUint32(0, true) !== LOCAL)
    throw new CopyProblem('notACopy', 'not a zip');
  const tailStart = Math.max(0, blob.size - EOCD_MIN - MAX_COMMENT);
  const tail = await bytesAt(blob, tailStart, blob.size);
  let at = -1;
  for (let i = tail.byteLength - EOCD_MIN; i >= 0; i--) {
    if (tail.getUint32(i, true) === EOCD) {
      at = i;
      break;
    }
  }
  // A zip's last record is missing: a download cut short, or not a zip at all.
  if (at < 0) throw new CopyProblem('damaged', 'no end of directory');
  const count = tail.getUint16(at + 10, true);
  const dirSize = tail.getUint32(at + 12, true);
  const dirOffset = tail.getUint32(at + 16, true);
  if (tail.getUint16(at + 4, true) !== 0 || tail.getUint16(at + 8, true) !== count)
    throw new CopyProblem('notACopy', 'split archive');
  if (count === 0xffff || dirOffset === 0xffffffff) throw new CopyProblem('tooBig', 'zip64');
  if (count > maxEntries) throw new CopyProblem('tooBig', `${count} entries`);
  if (dirOffset + dirSize > tailStart + at) throw new CopyProblem('damaged', 'directory outside');
  const dir = await bytesAt(blob, dirOffset, dirOffset + dirSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > dir.byteLength || dir.getUint32(p, true) !== CENTRAL)
      throw new CopyProblem('damaged', 'directory entry');
    const flags = dir.getUint16(p + 8, true);
    const method = dir.getUint16(p + 10, true);
    const compressedSize = dir.getUint32(p + 20, true);
    const size = dir.getUint32(p + 24, true);
    const nameLength = dir.getUint16(p + 28, true);
    const extraLength = dir.getUint16(p + 30, true);
    const commentLength = dir.getUint16(p + 32, true);
    const localOffset = dir.getUint32(p + 42, true);
    if (p + 46 + nameLength > dir.byteLength) throw new CopyProblem('damaged', 'name outside');
    const name = nameAt(dir, p + 46, nameLength);
    if (flags & 1) throw new CopyProblem('notACopy', 'encrypted');
    if (method !== 0 && method !== 8) throw new CopyProblem('notACopy', `method ${method}`);
    if ([compressedSize, size, localOffset].includes(0xffffffff))
      throw new CopyProblem('tooBig', 'zip64 entry');
    if (localOffset + 30 + compressedSize > dirOffset)
      throw new CopyProblem('damaged', `${name} outside`);
    entries.push({ name, method, compressedSize, size, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * One entry's bytes, inflated. Stops as soon as more than `limit` bytes come out, or more than the
 * directory said, whatever the headers claim: a small file that inflates to gigabytes is refused
 * after the first megabyte too many, not after filling the tablet.
 */
export async function readEntry(blob: Blob, entry: ZipEntry, limit: number): Promise<Uint8Array> {
  if (entry.size > limit) throw new CopyProblem('tooBig', entry.name);
  const head = await bytesAt(blob, entry.localOffset, entry.localOffset + 30);
  if (head.getUint32(0, true) !== LOCAL) throw new CopyProblem('damaged', `${entry.name} header`);
  const nameLength = head.getUint16(26, true);
  const extraLength = head.getUint16(28, true);
  const start = entry.localOffset + 30 + nameLength + extraLength;
  const localName = nameAt(
    await bytesAt(blob, entry.localOffset + 30, start - extraLength),
    0,
    nameLength,
  );
  if (localName !== entry.name) throw new CopyProblem('damaged', `${entry.name} name differs`);
  const end = start + entry.compressedSize;
  if (end > blob.size) throw new CopyProblem('damaged', `${entry.name} cut short`);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new CopyProblem('damaged', entry.name);
    return new Uint8Array(await blob.slice(start, end).arrayBuffer());
  }
  const out = new Uint8Array(entry.size);
  let written = 0;
  let finished = false;
  const inflate = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.size)
      throw new CopyProblem('tooBig', `${entry.name} inflates`);
    out.set(chunk, written);
    written += chunk.length;
    if (final) finished = true;
  });
  try {
    for (let at = start; at < end; at += CHUNK) {
      const stop = Math.min(end, at + CHUNK);
      inflate.push(new Uint8Array(await blob.slice(at, stop).arrayBuffer()), stop === end);
    }
  } catch (error) {
    if (error instanceof CopyProblem) throw error;
    throw new CopyProblem('damaged', `${entry.name} does not inflate`);
  }
  if (!finished || written !== entry.size) throw new CopyProblem('damaged', `${entry.name} short`);
  return out;
}

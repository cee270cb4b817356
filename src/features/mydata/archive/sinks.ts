// Where the bytes of a copy go as they are made. Two ways, because tablets differ:
//
// - The File System Access API (showSaveFilePicker, desktop Chromium): the person chooses where,
//   and each chunk is written straight to that file. "Saved" then means the file is closed on disk.
// - Everywhere else (Android tablets, iPads, Firefox): the chunks become a Blob, offered as a
//   download. Chunks are gathered into a Blob every few megabytes and the arrays let go: Chromium
//   keeps large Blobs on disk rather than in memory, and Safari and Firefox page them too, so 500 MB
//   of photos does not have to fit in the tablet's memory. (A single ArrayBuffer of the whole copy
//   would have to.)

export interface CopySink {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

const GATHER_BYTES = 8 * 1024 * 1024;

export interface BlobSink extends CopySink {
  /** The finished copy, once closed. */
  result(): Blob;
}

export function blobSink(type = 'application/zip'): BlobSink {
  let parts: Uint8Array<ArrayBuffer>[] = [];
  let waiting = 0;
  const blobs: Blob[] = [];
  let done: Blob | undefined;
  const gather = () => {
    if (parts.length) blobs.push(new Blob(parts));
    parts = [];
    waiting = 0;
  };
  return {
    async write(chunk) {
      // A copy: fflate may reuse the array it handed us.
      parts.push(new Uint8Array(chunk));
      waiting += chunk.length;
      if (waiting >= GATHER_BYTES) gather();
    },
    async close() {
      gather();
      done = new Blob(blobs, { type });
    },
    async abort() {
      parts = [];
      blobs.length = 0;
    },
    result() {
      if (!done) throw new Error('The copy is not finished');
      return done;
    },
  };
}

/** The parts of the File System Access API this app uses (not in TypeScript's DOM types yet). */
interface SaveFilePicker {
  (options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }): Promise<FileSystemFileHandle>;
}

export function canChooseWhereToSave(): boolean {
  return typeof (globalThis as { showSaveFilePicker?: unknown }).showSaveFilePicker === 'function';
}

/**
 * Asks the person where to save (must run straight from their tap). Undefined when they cancelled.
 */
export async function chooseFile(name: string, description: string): Promise<CopySink | undefined> {
  const pick = (globalThis as unknown as { showSaveFilePicker: SaveFilePicker }).showSaveFilePicker;
  let handle: FileSystemFileHandle;
  try {
    handle = await pick({
      suggestedName: name,
      types: [{ description, accept: { 'application/zip': ['.zip'] } }],
    });
  } catch (error) {
    if ((error as { name?: string }).name === 'AbortError') return undefined;
    throw error;
  }
  const writable = await handle.createWritable();
  return {
    write: (chunk) => writable.write(new Uint8Array(chunk)),
    close: () => writable.close(),
    abort: () => writable.abort(),
  };
}

// The first bytes of each allowed type: an upload must be what it says it is, so a file sent as a
// photo can never be served back as something a browser would run.
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) =>
    b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) =>
    b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  'audio/webm': (b) => b.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])),
  'audio/ogg': (b) => b.toString('latin1', 0, 4) === 'OggS',
  'audio/mp4': (b) => b.toString('latin1', 4, 8) === 'ftyp',
  'audio/mpeg': (b) =>
    b.toString('latin1', 0, 3) === 'ID3' || (b[0] === 0xff && (b[1]! & 0xe0) === 0xe0),
  // Strictly at the start: a PDF reader allows junk before the header, we do not.
  'application/pdf': (b) => b.toString('latin1', 0, 5) === '%PDF-',
};

export function looksLike(mime: string, head: Buffer): boolean {
  return SIGNATURES[mime]?.(head) ?? false;
}

// UUID version 7 (RFC 9562): 48 bits of Unix time in ms, then random bits. Ids made on a tablet
// sort roughly by creation time, which keeps IndexedDB and database indexes compact.
// Ordering in sync never relies on this time (devices' clocks drift); it only labels.

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

let lastMs = 0;
const lastRand = new Uint8Array(10);

export function uuidv7(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  if (now <= lastMs) {
    // Same (or earlier) millisecond: keep the time and count up the random part, so ids made in a
    // burst stay strictly increasing on this device.
    now = lastMs;
    const r = lastRand;
    for (let i = r.length - 1; i >= 0; i--) {
      r[i] = (r[i]! + 1) & 0xff;
      if (r[i] !== 0) break;
    }
  } else {
    crypto.getRandomValues(lastRand);
  }
  lastMs = now;
  bytes[0] = (now / 2 ** 40) & 0xff;
  bytes[1] = (now / 2 ** 32) & 0xff;
  bytes[2] = (now >>> 24) & 0xff;
  bytes[3] = (now >>> 16) & 0xff;
  bytes[4] = (now >>> 8) & 0xff;
  bytes[5] = now & 0xff;
  bytes.set(lastRand, 6);
  bytes[6] = 0x70 | (bytes[6]! & 0x0f); // version 7
  bytes[8] = 0x80 | (bytes[8]! & 0x3f); // variant 10
  let s = '';
  for (let i = 0; i < 16; i++) {
    s += HEX[bytes[i]!];
    if (i === 3 || i === 5 || i === 7 || i === 9) s += '-';
  }
  return s;
}

/** A UUID as the app writes it (lower case): device, plan, mutation and conflict ids. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The time a v7 id was made, in ms since 1970. */
export function uuidv7Time(id: string): number {
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}

// Photos and recordings on the device, addressed by the SHA-256 of their bytes: the same photo
// added twice is stored once, and the server can check it received exactly these bytes.
import { db, type MyReviewDb } from './db';
import { guardWrite } from './storage';
import type { StoredMedia } from './types';

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Stores bytes and returns their hash. The hash is made before the transaction (P11). */
export async function putMedia(
  planId: string,
  bytes: ArrayBuffer,
  mime: string,
  d: MyReviewDb = db(),
): Promise<string> {
  const sha256 = await sha256Hex(bytes);
  await guardWrite(async () => {
    const existing = await d.media.get(sha256);
    if (existing) return;
    const row: StoredMedia = {
      sha256,
      planId,
      mime,
      bytes,
      size: bytes.byteLength,
      createdAt: new Date().toISOString(),
      uploaded: 0,
    };
    await d.media.add(row);
  });
  return sha256;
}

export async function getMedia(
  sha256: string,
  d: MyReviewDb = db(),
): Promise<StoredMedia | undefined> {
  return d.media.get(sha256);
}

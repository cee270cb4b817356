// The picture code: four pictures in order, for a tablet with no screen lock of its own. Kept only
// as a salted PBKDF2 hash in the device settings; the pictures themselves are never stored.
import type { SymbolId } from '../../content/symbols';

/** Nine pictures that look nothing alike, so a code is easy to remember and to tap. */
export const CODE_PICTURES = [
  'star',
  'heart',
  'cup',
  'teddy',
  'house-garden',
  'books',
  'birthday',
  'walk',
  'calm',
] as const satisfies readonly SymbolId[];
export type CodePicture = (typeof CODE_PICTURES)[number];
export const CODE_LENGTH = 4;

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

async function derive(code: readonly string[], salt: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(code.join('|')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode(salt), iterations: 100_000 },
    key,
    256,
  );
  return hex(bits);
}

/** "salt:hash" for the settings. */
export async function hashPictureCode(code: readonly CodePicture[]): Promise<string> {
  const salt = hex(crypto.getRandomValues(new Uint8Array(16)));
  return `${salt}:${await derive(code, salt)}`;
}

export async function pictureCodeMatches(
  code: readonly string[],
  stored: string,
): Promise<boolean> {
  const [salt, hash] = stored.split(':');
  if (!salt || !hash || code.length !== CODE_LENGTH) return false;
  return (await derive(code, salt)) === hash;
}

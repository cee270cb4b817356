// The person's own photo in place of a symbol: one pictureChoice record per symbol, with an id made
// from the symbol, so two devices choosing a photo for the same symbol edit one record (a conflict
// a person can settle) instead of making two. Its model says the fields (symbol, photo).
import { putMedia } from '../../data/media';
import { keyedRef } from '../../data/recordIds';
import { saveFields, type RecordRef } from '../../data/records';
import type { StoredRecord } from '../../data/types';
import { pictureChoiceModel } from '../../shared/models/pictureChoice';
import type { Photo } from '../../ui/resizePhoto';

export function pictureChoiceRef(planId: string, symbol: string): RecordRef {
  return keyedRef(planId, 'pictureChoice', symbol);
}

export async function savePhotoFor(planId: string, symbol: string, photo: Photo): Promise<string> {
  const sha256 = await putMedia(planId, photo.bytes, photo.mime);
  await saveFields(pictureChoiceRef(planId, symbol), { symbol, photo: sha256 });
  return sha256;
}

/** Shows the photo again (one already stored), or the symbol again (null). */
export async function setPhotoFor(planId: string, symbol: string, sha256: string | null) {
  await saveFields(pictureChoiceRef(planId, symbol), { symbol, photo: sha256 });
}

/** Symbol id -> photo sha256, for the choices that have a photo. */
export function photosBySymbol(records: StoredRecord[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of records ?? []) {
    const { symbol, photo } = pictureChoiceModel.decode(r.data);
    if (symbol && photo) out.set(symbol, photo);
  }
  return out;
}

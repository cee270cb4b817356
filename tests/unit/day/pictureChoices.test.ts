import { describe, expect, it } from 'vitest';
import { ensureCurrentPlan, getMedia, getRecord, listRecords } from '../../../src/data';
import {
  photosBySymbol,
  pictureChoiceRef,
  savePhotoFor,
  setPhotoFor,
} from '../../../src/features/pictures/pictureChoices';

const photo = (n: number) => ({
  bytes: new Uint8Array([n, 1, 2, 3]).buffer,
  mime: 'image/jpeg',
  width: 1,
  height: 1,
});

describe('picture choices', () => {
  it('keeps one record per symbol, stores the photo, and can go back to the symbol and again', async () => {
    const plan = await ensureCurrentPlan();
    const first = await savePhotoFor(plan.id, 'home', photo(1));
    const second = await savePhotoFor(plan.id, 'home', photo(2));
    expect(first).not.toBe(second);
    const records = await listRecords(plan.id, 'pictureChoice');
    expect(records).toHaveLength(1);
    expect(records[0]!.id).toBe(pictureChoiceRef(plan.id, 'home').id);
    expect(photosBySymbol(records)).toEqual(new Map([['home', second]]));
    expect(await getMedia(second)).toMatchObject({ mime: 'image/jpeg' });

    await setPhotoFor(plan.id, 'home', null);
    expect(photosBySymbol(await listRecords(plan.id, 'pictureChoice')).size).toBe(0);
    // The photo is still there, so "Use my photo again" can put it back.
    await setPhotoFor(plan.id, 'home', second);
    expect((await getRecord(pictureChoiceRef(plan.id, 'home').id))?.data.photo).toBe(second);
  });
});

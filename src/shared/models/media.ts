// A photo or recording listed as a record of its own (reserved: today media travel by sha256 in
// the fields that use them, and the bytes through /api/media).
import { media, number, text } from './fields';
import { defineModel } from './model';

export const mediaModel = defineModel({
  type: 'media',
  area: 'photosAndRecordings',
  fields: {
    sha256: media(),
    mime: text(100),
    size: number({ min: 0, integer: true }),
    label: text(),
  },
});

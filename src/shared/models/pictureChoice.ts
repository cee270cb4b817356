// The person's own photo in place of a symbol: one record per symbol (pictureChoice:<plan>:<symbol>),
// so two devices choosing a photo for one symbol edit one record. photo null: "use the picture
// again" (the photo itself stays stored, so it can be put back).
import { media, text } from './fields';
import { defineModel } from './model';

export const pictureChoiceModel = defineModel({
  type: 'pictureChoice',
  area: 'photosAndRecordings',
  fields: { symbol: text(100), photo: media() },
});

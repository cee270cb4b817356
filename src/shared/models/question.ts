// A question the person wants to ask the panel: one record each, in a list.
import { longText, media } from './fields';
import { defineModel } from './model';

export const questionModel = defineModel({
  type: 'question',
  area: 'myAnswers',
  // A question can also be said out loud or shown with a photo (the media's SHA-256).
  fields: { text: longText(), voice: media(), photo: media() },
});

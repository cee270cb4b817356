// One dated update on an action ("Called Jo on Tuesday. She said next week."), with up to three
// photos (a letter, a note). Its own record, so two people adding updates offline never collide.
import { longText, media, recordId, text } from './fields';
import { defineModel } from './model';

export const ACTION_UPDATE_PHOTOS = ['photo1', 'photo2', 'photo3'] as const;

export const actionUpdateModel = defineModel({
  type: 'actionUpdate',
  area: 'actionsAndDiary',
  fields: {
    /** The action this update is about. */
    actionId: recordId(),
    /** The day it is about, YYYY-MM-DD. */
    when: text(40),
    words: longText(),
    photo1: media(),
    photo2: media(),
    photo3: media(),
  },
});

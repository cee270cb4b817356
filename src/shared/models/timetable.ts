// One step of the picture timetable of the day. Order is a number (lower comes first); a step made
// before order numbers has none and keeps the place it was made in.
import { flag, longText, number, text } from './fields';
import { defineModel } from './model';

export const timetableModel = defineModel({
  type: 'timetable',
  area: 'myAnswers',
  fields: {
    text: longText(),
    symbol: text(100, 'clock'),
    /** HH:MM, or '' for none. */
    time: text(20),
    order: number(),
    done: flag(),
  },
});

// What helps the person on the day (planner "What I need"), one per plan: reasonable adjustments.
import { flag, longText, text } from './fields';
import { defineModel } from './model';

export const adjustmentModel = defineModel({
  type: 'adjustment',
  area: 'myAnswers',
  fields: {
    quietRoom: flag(),
    breaks: flag(),
    dimLights: flag(),
    fewerPeople: flag(),
    speakSlowly: flag(),
    timeToAnswer: flag(),
    knowWho: flag(),
    helpsWords: longText(),
    placeWords: longText(),
    noSmells: flag(),
    spaceToMove: flag(),
    comfortItem: flag(),
    sensoryWords: longText(),
    easyRead: flag(),
    interpreter: flag(),
    pictures: flag(),
    interpreterLanguage: text(),
    breaksWords: longText(),
    otherNeeds: longText(),
  },
});

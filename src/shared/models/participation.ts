// How the person wants to take part (planner "Taking part"), one per plan.
import { choice, flag, longText } from './fields';
import { defineModel } from './model';

export const participationModel = defineModel({
  type: 'participation',
  area: 'myAnswers',
  fields: {
    wayRoom: flag(),
    wayHello: flag(),
    wayWrite: flag(),
    waySpeakFor: flag(),
    wayVideo: flag(),
    waySend: flag(),
    whoWithMe: longText(),
    bestTime: choice(['morning', 'afternoon', 'any']),
    bestTimeWords: longText(),
    breakSignal: choice(['say', 'card', 'hand', 'leave', 'supporter']),
    breakWords: longText(),
  },
});

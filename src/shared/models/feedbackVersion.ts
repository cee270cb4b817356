// A copy of the feedback as it was sent: later changes make a new version, so every version sent
// stays readable.
import { instant, number } from './fields';
import { feedbackFields } from './feedback';
import { defineModel } from './model';

export const feedbackVersionModel = defineModel({
  type: 'feedbackVersion',
  area: 'feedback',
  fields: {
    ...feedbackFields,
    version: number({ min: 1, integer: true }),
    sentAt: instant(),
  },
});

// A copy of the feedback as it was finished: later changes make a new version, so every finished
// version stays readable. Sending is not a field here (the server records it, src/shared/
// deliveries.ts): versions are stamped finishedAt; older apps stamped the same moment sentAt.
import { instant, number } from './fields';
import { feedbackFields } from './feedback';
import { defineModel } from './model';

export const feedbackVersionModel = defineModel({
  type: 'feedbackVersion',
  area: 'feedback',
  fields: {
    ...feedbackFields,
    version: number({ min: 1, integer: true }),
    finishedAt: instant(),
    sentAt: instant(),
  },
});

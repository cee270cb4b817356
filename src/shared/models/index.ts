// Every record type and its model: the one place that says what a record may hold, how the app
// reads it, and which area of the plan it belongs to. The registry is typed so a record type
// without a model does not compile.
import type { RecordType } from '../records';
import { actionModel } from './action';
import { actionUpdateModel } from './actionUpdate';
import { adjustmentModel } from './adjustment';
import { answerModel } from './answer';
import { attachmentModel } from './attachment';
import { attendeeModel } from './attendee';
import { chaseModel } from './chase';
import { communicationModel } from './communication';
import { consentModel } from './consent';
import { consentChangeModel } from './consentChange';
import { contactModel } from './contact';
import { crisisCallModel } from './crisisCall';
import { crisisPlanModel } from './crisisPlan';
import { diaryModel } from './diary';
import { documentModel } from './document';
import { feedbackModel } from './feedback';
import { feedbackVersionModel } from './feedbackVersion';
import { mediaModel } from './media';
import type { Area } from './model';
import { participationModel } from './participation';
import { pictureChoiceModel } from './pictureChoice';
import { profileModel } from './profile';
import { questionModel } from './question';
import { reportModel } from './report';
import { reviewModel } from './review';
import { schoolModel } from './school';
import { timetableModel } from './timetable';

export const MODELS = {
  profile: profileModel,
  review: reviewModel,
  consent: consentModel,
  consentChange: consentChangeModel,
  attendee: attendeeModel,
  participation: participationModel,
  answer: answerModel,
  adjustment: adjustmentModel,
  question: questionModel,
  school: schoolModel,
  feedback: feedbackModel,
  feedbackVersion: feedbackVersionModel,
  report: reportModel,
  chase: chaseModel,
  document: documentModel,
  attachment: attachmentModel,
  action: actionModel,
  actionUpdate: actionUpdateModel,
  diary: diaryModel,
  contact: contactModel,
  crisisPlan: crisisPlanModel,
  crisisCall: crisisCallModel,
  timetable: timetableModel,
  communication: communicationModel,
  pictureChoice: pictureChoiceModel,
  media: mediaModel,
} as const satisfies { [T in RecordType]: { type: T; area: Area } };

export type Models = typeof MODELS;

export function modelOf<T extends RecordType>(type: T): Models[T] {
  return MODELS[type];
}

/** The area of the plan a record type belongs to: what sharing maps to permissions. */
export function areaOf(type: RecordType): Area {
  return MODELS[type].area;
}

export { AREAS, type Area, type Model, type Values } from './model';

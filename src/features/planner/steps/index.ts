import { NEEDS } from './needs';
import { REVIEW } from './review';
import { SCHOOL } from './school';
import { TAKING_PART } from './takingPart';

export { NEEDS, REVIEW, SCHOOL, TAKING_PART };
export const FIELD_SECTIONS = {
  review: REVIEW,
  takingPart: TAKING_PART,
  needs: NEEDS,
  school: SCHOOL,
};

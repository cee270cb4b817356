import { singletonRef, useRecord, useRecords, type RecordRef } from '../../data';
import { reviewModel } from '../../shared/models/review';
import type { Fields } from '../../shared/records';
import { usePlanId } from '../planner/usePlanner';
import { feedbackStatus, type FeedbackStatus } from './feedback';

export interface FeedbackData {
  planId: string;
  ref: RecordRef;
  fields: Fields;
  versions: { id: string; data: Fields }[];
  status: FeedbackStatus;
  reviewDate: string | null;
}

export function useFeedback(): FeedbackData | undefined {
  const planId = usePlanId();
  const ref = planId ? singletonRef(planId, 'feedback') : undefined;
  const record = useRecord(ref?.id);
  const review = useRecord(planId ? singletonRef(planId, 'review').id : undefined);
  const versions = useRecords(planId, 'feedbackVersion');
  if (!planId || !ref || record === undefined || review === undefined || !versions)
    return undefined;
  const fields = record?.data ?? {};
  return {
    planId,
    ref,
    fields,
    versions,
    status: feedbackStatus(fields, versions),
    reviewDate: reviewModel.decode(review?.data).date || null,
  };
}

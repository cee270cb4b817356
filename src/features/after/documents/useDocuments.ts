import {
  keyedRef,
  singletonRef,
  useCurrentPlan,
  useRecord,
  useRecords,
  type StoredRecord,
} from '../../../data';
import { communicationModel, COMMUNICATION_FIELDS } from '../../../shared/models/communication';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/models/document';
import { attachmentsOf, type Attachment } from '../attach/attachments';
import { checklist, documentLines, type ChecklistLine } from './checklist';

export interface Documents {
  planId: string;
  /** The checklist before the next review (the kinds this review asks for). */
  lines: ChecklistLine[];
  /** Every kind, with what the person has of it. */
  all: ChecklistLine[];
  documents: Map<DocumentKind, StoredRecord>;
  attachments: Attachment[];
  reviewDate: unknown;
}

/** What the documents screens show, read from the data: undefined while it loads. */
export function useDocuments(): Documents | undefined {
  const plan = useCurrentPlan();
  const review = useRecord(plan ? singletonRef(plan.id, 'review').id : undefined);
  const communication = useRecord(plan ? singletonRef(plan.id, 'communication').id : undefined);
  const docRecords = useRecords(plan?.id, 'document');
  const attachmentRecords = useRecords(plan?.id, 'attachment');
  if (!plan || review === undefined || communication === undefined) return undefined;
  if (!docRecords || !attachmentRecords) return undefined;
  const documents = new Map<DocumentKind, StoredRecord>();
  for (const r of docRecords) {
    const kind = DOCUMENT_KINDS.find((k) => r.id === keyedRef(plan.id, 'document', k).id);
    if (kind) documents.set(kind, r);
  }
  const attachments = DOCUMENT_KINDS.flatMap((k) => attachmentsOf(attachmentRecords, k));
  const words = communicationModel.decode(communication?.data);
  const hasCommunication = COMMUNICATION_FIELDS.some((f) => words[f].trim() !== '');
  const input = { review: review?.data, documents, attachments, hasCommunication };
  return {
    planId: plan.id,
    documents,
    attachments,
    reviewDate: review?.data.date,
    lines: checklist(input),
    all: documentLines(input),
  };
}

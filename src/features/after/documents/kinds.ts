// The kinds of document a review panel may read (domain.md §1.12, NHS England document checklists
// for community and inpatient reviews), as data: the picture for each, and which reviews it is
// for. Words are in locales/<lang>/documents.json under kinds.<kind>.
import type { SymbolId } from '../../../content/symbols';
import type { DocumentKind } from '../../../shared/models/document';

/** every: any review; hospital: a review in hospital; young: a child or young person's (CETR). */
export type DocumentFor = 'every' | 'hospital' | 'young';

export interface DocumentKindInfo {
  kind: DocumentKind;
  symbol: SymbolId;
  for: DocumentFor;
  /** A page of the app that already is this document: linked, never copied. */
  page?: string;
}

export const DOCUMENT_LIST: readonly DocumentKindInfo[] = [
  { kind: 'carePlan', symbol: 'clipboard-list', for: 'every' },
  { kind: 'crisisPlan', symbol: 'crisis-plan', for: 'every' },
  { kind: 'riskAssessment', symbol: 'warning', for: 'every' },
  { kind: 'previousReport', symbol: 'report', for: 'every' },
  { kind: 'assessments', symbol: 'thinking', for: 'every' },
  { kind: 'ehcp', symbol: 'ehcp', for: 'young' },
  { kind: 'hospitalPassport', symbol: 'hospital', for: 'hospital' },
  { kind: 'communicationPassport', symbol: 'talk', for: 'hospital', page: '/day/communication' },
  { kind: 'healthActionPlan', symbol: 'health', for: 'hospital' },
  { kind: 'dischargePlan', symbol: 'leaving-hospital', for: 'hospital' },
  { kind: 'tribunalReport', symbol: 'rights', for: 'hospital' },
  { kind: 'meetingNotes', symbol: 'meeting', for: 'hospital' },
];

export function kindInfo(kind: string): DocumentKindInfo | undefined {
  return DOCUMENT_LIST.find((k) => k.kind === kind);
}

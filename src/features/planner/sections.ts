// The parts of the planner, in the order of the NHS "My C(E)TR planner" (domain.md §1.3).
import type { SymbolId } from '../../content/symbols';
import type { SectionId } from './progress';

export interface SectionInfo {
  id: SectionId;
  path: string;
  symbol: SymbolId;
  title: string;
  hint: string;
}

export const SECTIONS: SectionInfo[] = [
  {
    id: 'review',
    path: '/planner/review',
    symbol: 'calendar',
    title: 'planner:sections.review.title',
    hint: 'planner:sections.review.hint',
  },
  {
    id: 'consent',
    path: '/planner/consent',
    symbol: 'handshake',
    title: 'planner:sections.consent.title',
    hint: 'planner:sections.consent.hint',
  },
  {
    id: 'people',
    path: '/planner/people',
    symbol: 'people',
    title: 'planner:sections.people.title',
    hint: 'planner:sections.people.hint',
  },
  {
    id: 'takingPart',
    path: '/planner/taking-part',
    symbol: 'hello',
    title: 'planner:sections.takingPart.title',
    hint: 'planner:sections.takingPart.hint',
  },
  {
    id: 'say',
    path: '/planner/say',
    symbol: 'speech',
    title: 'planner:sections.say.title',
    hint: 'planner:sections.say.hint',
  },
  {
    id: 'questions',
    path: '/planner/questions',
    symbol: 'questions',
    title: 'planner:sections.questions.title',
    hint: 'planner:sections.questions.hint',
  },
  {
    id: 'needs',
    path: '/planner/needs',
    symbol: 'clipboard-list',
    title: 'planner:sections.needs.title',
    hint: 'planner:sections.needs.hint',
  },
  {
    id: 'school',
    path: '/planner/school',
    symbol: 'school',
    title: 'planner:sections.school.title',
    hint: 'planner:sections.school.hint',
  },
];

export function sectionInfo(id: SectionId): SectionInfo {
  return SECTIONS.find((s) => s.id === id)!;
}

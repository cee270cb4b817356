// My documents: before the next review, what is in the pack and what is still missing.
import { describe, expect, it } from 'vitest';
import { attachmentsOf } from '../../../src/features/after/attach/attachments';
import {
  checklist,
  documentLines,
  missing,
  wantedFor,
} from '../../../src/features/after/documents/checklist';
import { DOCUMENT_LIST } from '../../../src/features/after/documents/kinds';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../src/shared/models/document';
import type { Fields } from '../../../src/shared/records';
import { PLAN, rec, sha } from './fixtures';

const EVERY = ['carePlan', 'crisisPlan', 'riskAssessment', 'previousReport', 'assessments'];

function input(
  review: Fields,
  docs: Partial<Record<DocumentKind, Fields>> = {},
  pages: DocumentKind[] = [],
  hasCommunication = false,
) {
  const documents = new Map(
    Object.entries(docs).map(([kind, data]) => [
      kind as DocumentKind,
      rec('document', `document:${PLAN}:${kind}`, data),
    ]),
  );
  const records = pages.map((of, i) =>
    rec('attachment', `p${i}`, { of, sha256: sha('b'), mime: 'image/jpeg', position: i }),
  );
  const attachments = DOCUMENT_KINDS.flatMap((k) => attachmentsOf(records, k));
  return { review, documents, attachments, hasCommunication };
}

describe('the documents checklist', () => {
  it('lists every kind once, with a picture and a place in the list', () => {
    expect(DOCUMENT_LIST.map((k) => k.kind).sort()).toEqual([...DOCUMENT_KINDS].sort());
  });

  it('asks every review for the usual five; hospital and young people’s reviews for more', () => {
    expect(missing(checklist(input({})))).toEqual(EVERY);
    expect([...wantedFor({ setting: 'hospital', kind: 'cetr' })].sort()).toEqual([
      'every',
      'hospital',
      'young',
    ]);
    const hospital = missing(checklist(input({ setting: 'hospital' })));
    expect(hospital).toEqual(
      expect.arrayContaining([...EVERY, 'hospitalPassport', 'dischargePlan']),
    );
    expect(hospital).not.toContain('ehcp');
    expect(missing(checklist(input({ ageBand: 'under16' })))).toContain('ehcp');
  });

  it('says which are in the pack, which are added, and which the person does not have', () => {
    const lines = checklist(
      input(
        {},
        { carePlan: { inPack: true }, riskAssessment: { notNeeded: true }, crisisPlan: {} },
        ['carePlan', 'carePlan', 'crisisPlan', 'hospitalPassport'],
      ),
    );
    const state = Object.fromEntries(lines.map((l) => [l.kind, [l.state, l.pages]]));
    expect(state).toEqual({
      carePlan: ['inPack', 2],
      crisisPlan: ['added', 1],
      riskAssessment: ['notNeeded', 0],
      previousReport: ['missing', 0],
      assessments: ['missing', 0],
      // Not asked for in a community review, but the person added it: it shows.
      hospitalPassport: ['added', 1],
    });
    expect(missing(lines)).toEqual(['previousReport', 'assessments']);
    // "In my pack" with no pages is still missing: there is nothing to give the panel.
    expect(missing(checklist(input({}, { previousReport: { inPack: true } })))).toContain(
      'previousReport',
    );
  });

  it('counts "How I communicate" as the communication passport', () => {
    const without = documentLines(input({ setting: 'hospital' }));
    expect(without.find((l) => l.kind === 'communicationPassport')?.state).toBe('missing');
    const withWords = documentLines(input({ setting: 'hospital' }, {}, [], true));
    expect(withWords.find((l) => l.kind === 'communicationPassport')?.state).toBe('added');
  });
});

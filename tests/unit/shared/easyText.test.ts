import { describe, expect, it } from 'vitest';
import {
  easySentences,
  markupProblems,
  parseEasyText,
  plainText,
  sentenceText,
  termIdOf,
  termsIn,
} from '../../../src/shared/easyText';

describe('hard-word markup', () => {
  it('reads [[word]], [[two words]] and [[shown|id]]', () => {
    expect(
      parseEasyText('Ask an [[advocate]], a [[clinical expert]] or [[Advocates|advocate]].'),
    ).toEqual([
      { kind: 'text', text: 'Ask an ' },
      { kind: 'term', text: 'advocate', term: 'advocate' },
      { kind: 'text', text: ', a ' },
      { kind: 'term', text: 'clinical expert', term: 'clinical-expert' },
      { kind: 'text', text: ' or ' },
      { kind: 'term', text: 'Advocates', term: 'advocate' },
      { kind: 'text', text: '.' },
    ]);
  });
  it('keeps brackets and commas in shown words, as in a written-out short form', () => {
    expect(termsIn('An [[Education, Health and Care Plan (EHCP)|ehcp]] helps.')).toEqual(['ehcp']);
    expect(plainText('An [[Education, Health and Care Plan (EHCP)|ehcp]] helps.')).toBe(
      'An Education, Health and Care Plan (EHCP) helps.',
    );
  });
  it('leaves text that is not well-formed markup as it is', () => {
    expect(plainText('Ask [[ ]] or [[a|b|c]] or [[nope')).toBe('Ask [[ ]] or [[a|b|c]] or [[nope');
  });
  it('makes an id from shown words', () => {
    expect(termIdOf(' Best  Interests ')).toBe('best-interests');
  });
  it('splits sentences the same way with and without markup', () => {
    const text = 'Ask an [[advocate]]. They help. A [[chair|chair]] leads!';
    expect(easySentences(text).map(sentenceText)).toEqual([
      'Ask an advocate.',
      'They help.',
      'A chair leads!',
    ]);
  });
  it('names what is wrong with broken markup', () => {
    expect(markupProblems('An [[advocate. ]] here')).toEqual([
      '[[advocate. ]]: shown words cannot contain . ! or ?',
    ]);
    expect(markupProblems('An [[advocate')).toEqual([
      'a [[ without its ]] (or the other way round)',
    ]);
    expect(markupProblems('[[a|b|c]]')).toEqual(['[[a|b|c]]: use at most one |']);
    expect(markupProblems('[[x|Not An Id!]]')[0]).toMatch(/is not a glossary id/);
    expect(markupProblems('All good [[advocate]].')).toEqual([]);
  });
});

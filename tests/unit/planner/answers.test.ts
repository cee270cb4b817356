import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../../src/shared/models/answer';
import {
  answerPatch,
  answerState,
  canQuote,
  EMPTY_ANSWER,
  isQuoted,
} from '../../../src/features/planner/answers';

describe('an answer', () => {
  it('is read from flat fields, with or without a prefix, ignoring what it does not know', () => {
    expect(readAnswer({ scale: 'good', words: 'I like my room', quoteMe: true })).toEqual({
      ...EMPTY_ANSWER,
      scale: 'good',
      words: 'I like my room',
      quoteMe: true,
    });
    expect(
      readAnswer({ 'listened.scale': 'notGood', 'listened.voice': 'abc' }, 'listened.'),
    ).toMatchObject({ scale: 'notGood', voice: 'abc' });
    expect(readAnswer({ scale: 'brilliant', author: 'robot', quoteMe: 'yes' })).toEqual(
      EMPTY_ANSWER,
    );
  });

  it('is saved as flat fields under the same names', () => {
    expect(answerPatch({ scale: 'good', declined: false }, 'place.')).toEqual({
      'place.scale': 'good',
      'place.declined': false,
    });
    expect(readAnswer(answerPatch({ words: 'Yes', author: 'me' }))).toMatchObject({
      words: 'Yes',
      author: 'me',
    });
  });

  it('counts a tap, words, a recording or a photo as an answer, and "I don’t want to answer" too', () => {
    expect(answerState(EMPTY_ANSWER)).toBe('empty');
    expect(answerState({ ...EMPTY_ANSWER, words: '   ' })).toBe('empty');
    expect(answerState({ ...EMPTY_ANSWER, scale: 'notSure' })).toBe('answered');
    expect(answerState({ ...EMPTY_ANSWER, voice: 'abc' })).toBe('answered');
    expect(answerState({ ...EMPTY_ANSWER, photo: 'abc' })).toBe('answered');
    expect(answerState({ ...EMPTY_ANSWER, drawing: 'abc' })).toBe('answered');
    expect(answerState({ ...EMPTY_ANSWER, declined: true, words: 'x' })).toBe('declined');
  });
});

describe('please quote me', () => {
  const words = { ...EMPTY_ANSWER, words: 'I want to live near my mum.', quoteMe: true };

  it('quotes the person’s own words, also when a supporter wrote down what they said', () => {
    expect(isQuoted({ ...words, author: 'me' })).toBe(true);
    expect(isQuoted({ ...words, author: 'supporterWrote' })).toBe(true);
  });

  it('never quotes a supporter’s own view as the person’s words', () => {
    expect(canQuote({ ...words, author: 'supporterView' })).toBe(false);
    expect(isQuoted({ ...words, author: 'supporterView' })).toBe(false);
  });

  it('never quotes words when nobody said who wrote them', () => {
    expect(isQuoted({ ...words, author: null })).toBe(false);
  });

  it('needs words, and the person to have asked, and not to have declined', () => {
    expect(isQuoted({ ...words, author: 'me', words: ' ' })).toBe(false);
    expect(isQuoted({ ...words, author: 'me', quoteMe: false })).toBe(false);
    expect(isQuoted({ ...words, author: 'me', declined: true })).toBe(false);
  });
});

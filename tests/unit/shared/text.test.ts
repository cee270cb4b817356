import { describe, expect, it } from 'vitest';
import { countWords, splitSentences } from '../../../src/shared/text';

describe('sentences', () => {
  it('split on full stops, question and exclamation marks', () => {
    expect(splitSentences('Am I safe? I am. Good!')).toEqual(['Am I safe?', 'I am.', 'Good!']);
  });
  it('do not split inside "e.g." or "Dr."', () => {
    expect(splitSentences('Ask Dr. Patel. For example, e.g. a nurse.')).toEqual([
      'Ask Dr. Patel.',
      'For example, e.g. a nurse.',
    ]);
  });
  it('split Urdu on its own full stop and question mark', () => {
    expect(splitSentences('کیا میں محفوظ ہوں؟ ہاں۔ اچھا')).toEqual([
      'کیا میں محفوظ ہوں؟',
      'ہاں۔',
      'اچھا',
    ]);
  });
  it('keep a last sentence with no full stop', () => {
    expect(splitSentences('One. Two')).toEqual(['One.', 'Two']);
  });
  it('count words, not punctuation', () => {
    expect(countWords('The review is on 12 May – at 10am.')).toBe(8);
  });
});

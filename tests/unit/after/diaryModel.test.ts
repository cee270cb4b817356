// The diary entry's record model: what the tablet and the server accept, and what sharing sees.
import { describe, expect, it } from 'vitest';
import { checkFields } from '../../../src/shared/models/check';
import { diaryModel } from '../../../src/shared/models/diary';
import { mediaFieldsOf } from '../../../src/shared/sharing';

const SHA = 'b'.repeat(64);

describe('a diary entry', () => {
  it('accepts what the diary screens write', () => {
    expect(
      checkFields('diary', {
        when: '2027-03-02',
        text: 'I called Jo.',
        kind: 'call',
        who: 'Jo, my care co-ordinator',
        feeling: 'notSure',
        photo: SHA,
        voice: SHA,
        letter: SHA,
        onlyMe: true,
      }),
    ).toBeNull();
  });
  it('refuses a kind or a feeling not on the list, and a name over the limit', () => {
    expect(checkFields('diary', { kind: 'party' })?.field).toBe('kind');
    expect(checkFields('diary', { feeling: 'great' })?.field).toBe('feeling');
    expect(checkFields('diary', { who: 'x'.repeat(1001) })).toMatchObject({
      field: 'who',
      problem: 'tooLong',
    });
    expect(checkFields('diary', { photo: 'not-a-hash' })?.field).toBe('photo');
  });
  it('reads an entry an older version wrote (only a day and words) with the rest empty', () => {
    expect(diaryModel.decode({ when: '2026-12-01', text: 'Hello' })).toEqual({
      ...diaryModel.defaults,
      when: '2026-12-01',
      text: 'Hello',
    });
  });
  it('has its photo, recording and letter shared and hidden with the entry', () => {
    expect(mediaFieldsOf('diary').sort()).toEqual(['letter', 'photo', 'voice']);
  });
});

// One diary entry after the review: what happened and when, who was involved, how it felt, and
// the photo, recording or letter that shows it. Families are told to keep a dated diary and a
// copy of every letter "just in case" (domain.md §1.11); the diary prints as evidence.
import { SCALE } from './answer';
import { choice, longText, media, text } from './fields';
import { defineModel } from './model';

/** The kinds of entry, each with its picture: a call, a letter or email, a meeting, a visit… */
export const DIARY_KINDS = ['call', 'letter', 'meeting', 'visit', 'incident', 'goodDay'] as const;
export type DiaryKind = (typeof DIARY_KINDS)[number];

export const diaryModel = defineModel({
  type: 'diary',
  area: 'actionsAndDiary',
  fields: {
    /** The day it is about, YYYY-MM-DD as typed. */
    when: text(40),
    /** What happened, in the person's own words. */
    text: longText(),
    kind: choice(DIARY_KINDS),
    /** Who was involved, as typed ("Jo, the ward nurse"). */
    who: text(),
    /** How it felt: a tap on the planner's picture scale. */
    feeling: choice(SCALE),
    photo: media(),
    /** sha256 of a voice recording. */
    voice: media(),
    /** A letter or email kept with the entry: a photo of it, or a picture file. */
    letter: media(),
  },
});

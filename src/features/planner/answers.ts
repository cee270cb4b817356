// One answer to a question card ("What I want to say") or a feedback question: a tap on the
// picture scale, the person's own words, a voice recording, a photo, and who wrote the words.
// Pure functions; the same shape is stored with a field-name prefix in the feedback record.
import type { Fields } from '../../shared/records';

export const SCALE = ['good', 'notSure', 'notGood'] as const;
export type Scale = (typeof SCALE)[number];

/**
 * Who wrote the words. The person's own voice must never be confused with someone else's
 * (domain.md §1.6: the report quotes the person directly), so this is shown beside every answer.
 */
export const AUTHORS = ['me', 'supporterWrote', 'supporterView'] as const;
export type Author = (typeof AUTHORS)[number];

export interface Answer {
  scale: Scale | null;
  words: string;
  /** sha256 of a voice recording on the device. */
  voice: string | null;
  /** sha256 of a photo on the device. */
  photo: string | null;
  /** sha256 of a drawing (PNG) made on the device. */
  drawing: string | null;
  author: Author | null;
  quoteMe: boolean;
  /** "I don't want to answer" is an answer. */
  declined: boolean;
}

export const EMPTY_ANSWER: Answer = {
  scale: null,
  words: '',
  voice: null,
  photo: null,
  drawing: null,
  author: null,
  quoteMe: false,
  declined: false,
};

const NAMES: Record<keyof Answer, string> = {
  scale: 'scale',
  words: 'words',
  voice: 'voice',
  photo: 'photo',
  drawing: 'drawing',
  author: 'author',
  quoteMe: 'quoteMe',
  declined: 'declined',
};

export function answerFromFields(f: Fields | null | undefined, prefix = ''): Answer {
  if (!f) return EMPTY_ANSWER;
  const get = (k: keyof Answer) => f[prefix + NAMES[k]];
  const str = (k: keyof Answer) => (typeof get(k) === 'string' ? (get(k) as string) : '');
  return {
    scale: SCALE.includes(get('scale') as Scale) ? (get('scale') as Scale) : null,
    words: str('words'),
    voice: str('voice') || null,
    photo: str('photo') || null,
    drawing: str('drawing') || null,
    author: AUTHORS.includes(get('author') as Author) ? (get('author') as Author) : null,
    quoteMe: get('quoteMe') === true,
    declined: get('declined') === true,
  };
}

export function answerPatch(patch: Partial<Answer>, prefix = ''): Fields {
  const out: Fields = {};
  for (const [k, v] of Object.entries(patch)) out[prefix + NAMES[k as keyof Answer]] = v;
  return out;
}

/** Only the person's own words can be quoted: theirs, or written down by a supporter for them. */
export function canQuote(a: Answer): boolean {
  return (a.author === 'me' || a.author === 'supporterWrote') && a.words.trim() !== '';
}

/** On "About me" and in the report: the person asked for it, and it is their own words. */
export function isQuoted(a: Answer): boolean {
  return a.quoteMe && !a.declined && canQuote(a);
}

export type AnswerState = 'empty' | 'answered' | 'declined';

export function answerState(a: Answer): AnswerState {
  if (a.declined) return 'declined';
  return a.scale || a.words.trim() || a.voice || a.photo || a.drawing ? 'answered' : 'empty';
}

// The easy-read pages, in reading order. The words and pictures of each page are content in
// locales/<lang>/learn.json ("pages.<id>"); this list says which pages exist, in what order, and
// which topic each belongs to. A topic is one page or a short sequence; its first page has the
// topic's id, so other screens can link to a topic by a stable address: /learn/<topic id>.
export const LEARN_TOPICS = [
  { id: 'what-is-a-review', pages: ['what-is-a-review'] },
  { id: 'four-questions', pages: ['four-questions'] },
  { id: 'who-will-be-there', pages: ['who-will-be-there', 'people-who-know-me'] },
  { id: 'getting-ready', pages: ['getting-ready'] },
  { id: 'if-i-cannot-decide', pages: ['if-i-cannot-decide'] },
  { id: 'the-day', pages: ['the-day', 'taking-part'] },
  { id: 'after-my-review', pages: ['after-my-review', 'actions'] },
  { id: 'my-rights', pages: ['my-rights'] },
  { id: 'children-and-young-people', pages: ['children-and-young-people'] },
] as const;

export type LearnTopicId = (typeof LEARN_TOPICS)[number]['id'];
export type LearnPageId = (typeof LEARN_TOPICS)[number]['pages'][number];

export const LEARN_PAGES: readonly LearnPageId[] = LEARN_TOPICS.flatMap((t) => [...t.pages]);

export interface LearnPlace {
  id: LearnPageId;
  topic: LearnTopicId;
  /** 1-based position within its topic, and how many pages the topic has. */
  part: number;
  parts: number;
  previous?: LearnPageId;
  next?: LearnPageId;
}

export function isLearnPageId(value: string): value is LearnPageId {
  return (LEARN_PAGES as readonly string[]).includes(value);
}

/** Where a page sits: its topic, its part of the topic, and the pages before and after it. */
export function learnPlace(id: LearnPageId): LearnPlace {
  const topic = LEARN_TOPICS.find((t) => (t.pages as readonly string[]).includes(id))!;
  const index = LEARN_PAGES.indexOf(id);
  return {
    id,
    topic: topic.id,
    part: (topic.pages as readonly string[]).indexOf(id) + 1,
    parts: topic.pages.length,
    previous: LEARN_PAGES[index - 1],
    next: LEARN_PAGES[index + 1],
  };
}

/** One paragraph of a page: a picture and the words beside it, maybe a link to a tool. */
export interface LearnBlock {
  symbol: string;
  alt: string;
  text: string;
  link?: { href: string; label: string };
}

export const LEARN_PATH = '/learn';
export const WORDS_PATH = '/learn/words';
export const PICTURES_CREDIT_PATH = '/learn/pictures';

export function learnHref(id: LearnPageId): string {
  return `${LEARN_PATH}/${id}`;
}

/** The glossary, at the entry for one word. */
export function wordHref(term: string): string {
  return `${WORDS_PATH}#${term}`;
}

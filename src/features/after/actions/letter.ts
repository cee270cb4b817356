// "This is stuck": a letter in plain formal English to the person named for the action, or to the
// commissioner, with the action's details, the date agreed and every update so far. The app makes
// the words; the person reads them aloud, copies, prints, shares or emails them. It sends nothing
// itself, so nothing here ever says "sent". Every line is filled from saved data, and a line whose
// data is missing is left out (no empty gaps, no "{{name}}").
import type { TFunction } from 'i18next';

export type LetterTo = 'named' | 'commissioner';

export interface LetterPerson {
  name: string;
  /** An email address, when one is known: it goes in the mailto link. */
  email: string;
}

export interface LetterFacts {
  to: LetterTo;
  what: string;
  who: string;
  howWeKnow: string;
  /** YYYY-MM-DD */
  byWhen: string;
  /** The review this action came from (YYYY-MM-DD), when its date is known. */
  reviewDate: string | null;
  reviewKind: 'ctr' | 'cetr' | null;
  /** Oldest first. */
  updates: { when: string; words: string }[];
  /** Whoever the letter goes to, and who gets a copy. */
  recipient: LetterPerson;
  copyTo: LetterPerson | null;
  /** The person whose review it is, to sign the letter; empty when they have not given a name. */
  from: string;
  /** Today (YYYY-MM-DD), the letter's date. */
  today: string;
}

export interface Letter {
  subject: string;
  /** Paragraphs, in order; a paragraph may hold several sentences. */
  paragraphs: string[];
}

const SUBJECT_WHAT = 60;

function short(words: string): string {
  const one = words.replace(/\s+/g, ' ').trim();
  return one.length <= SUBJECT_WHAT ? one : `${one.slice(0, SUBJECT_WHAT - 1).trimEnd()}…`;
}

/** Ends a person's own words with a full stop, so the next sentence reads as one. */
function sentence(words: string): string {
  const one = words.trim();
  return /[.!?…:]$/.test(one) ? one : `${one}.`;
}

export function buildLetter(
  t: TFunction,
  formatDay: (date: string) => string,
  f: LetterFacts,
): Letter {
  const p: string[] = [];
  p.push(formatDay(f.today));
  if (f.copyTo?.name.trim()) p.push(t('actions:letter.copyTo', { name: f.copyTo.name.trim() }));
  const name = f.recipient.name.trim();
  p.push(name ? t('actions:letter.dear', { name }) : t('actions:letter.dearNoName'));
  const review = t(`actions:letter.review.${f.reviewKind ?? 'any'}`);
  p.push(
    f.reviewDate
      ? t('actions:letter.intro', { review, date: formatDay(f.reviewDate) })
      : t('actions:letter.introNoDate', { review }),
  );
  p.push(t('actions:letter.what', { what: sentence(f.what) }));
  p.push(
    [
      t('actions:letter.who', { who: f.who.trim() }),
      t('actions:letter.byWhen', { date: formatDay(f.byWhen) }),
      f.howWeKnow.trim() && t('actions:letter.howWeKnow', { how: sentence(f.howWeKnow) }),
    ]
      .filter(Boolean)
      .join(' '),
  );
  p.push(t('actions:letter.stuck'));
  const updates = f.updates.filter((u) => u.words.trim());
  if (updates.length) {
    p.push(t('actions:letter.updatesIntro'));
    for (const u of updates)
      p.push(
        u.when
          ? t('actions:letter.update', { date: formatDay(u.when), words: sentence(u.words) })
          : sentence(u.words),
      );
  } else p.push(t('actions:letter.noUpdates'));
  p.push(t(f.to === 'named' ? 'actions:letter.askNamed' : 'actions:letter.askCommissioner'));
  p.push(t('actions:letter.thanks'));
  p.push(
    f.from.trim()
      ? `${t('actions:letter.signOff')}\n${f.from.trim()}`
      : t('actions:letter.signOff'),
  );
  return { subject: t('actions:letter.subject', { what: short(f.what) }), paragraphs: p };
}

/**
 * What the letter says, in the person's own language, for when the app is not in English: the
 * letter itself stays in formal English for the professional, and these lines go beside it.
 */
export function letterSummary(t: TFunction, f: LetterFacts): string[] {
  const name = f.recipient.name.trim();
  const lines = [
    f.to === 'named'
      ? t('actions:letterSays.toNamed', { name: name || f.who.trim() })
      : name
        ? t('actions:letterSays.toCommissionerNamed', { name })
        : t('actions:letterSays.toCommissioner'),
    t('actions:letterSays.about', { what: sentence(f.what) }),
    t('actions:letterSays.agreed'),
    t('actions:letterSays.stuck'),
  ];
  const updates = f.updates.filter((u) => u.words.trim()).length;
  lines.push(
    updates
      ? t('actions:letterSays.updates', { count: updates })
      : t('actions:letterSays.noUpdates'),
  );
  lines.push(
    t(f.to === 'named' ? 'actions:letterSays.askNamed' : 'actions:letterSays.askCommissioner'),
  );
  return lines;
}

export function letterText(letter: Letter): string {
  return letter.paragraphs.join('\n\n');
}

/**
 * A mailto: link that opens the person's own email app with the letter written in. RFC 6068: the
 * address list and each header value percent-encoded, new lines as %0D%0A.
 */
export function mailtoHref(letter: Letter, to: LetterPerson, copyTo: LetterPerson | null): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%0A/g, '%0D%0A');
  const params = [`subject=${enc(letter.subject)}`];
  if (copyTo?.email) params.unshift(`cc=${encodeURIComponent(copyTo.email)}`);
  params.push(`body=${enc(letterText(letter))}`);
  return `mailto:${to.email ? encodeURIComponent(to.email).replace(/%40/g, '@') : ''}?${params.join('&')}`;
}

/** The first email address in words someone typed ("Jo, jo@example.org, 0161…"), or ''. */
export function emailIn(words: string): string {
  return (
    /[^\s<>(),;:"']+@[^\s<>(),;:"']+\.[^\s<>(),;:"']+/.exec(words)?.[0]?.replace(/\.$/, '') ?? ''
  );
}

import type { GlossaryTermId } from '../content/glossary';
import { learnHref, wordHref, type LearnPageId } from '../content/learnPages';
import { useT } from '../i18n/useT';
import { Picture } from './Picture';
import { rememberPlace, withBack } from './returnPlace';

export type WhatIsThisProps = {
  /** Words for the link; "What is this?" if not given. */
  label?: string;
  /**
   * What the link is about, for screen readers when there are several "What is this?" links on
   * one screen: "What is this? The panel".
   */
  about?: string;
} & ({ page: LearnPageId; term?: never } | { term: GlossaryTermId; page?: never });

/**
 * A link from any screen to the easy-read page (or the hard word) that explains it:
 * <WhatIsThis page="who-will-be-there" /> or <WhatIsThis term="advocate" />.
 * The page it opens offers "Go back to where I was".
 */
export function WhatIsThis({ page, term, label, about }: WhatIsThisProps) {
  const t = useT();
  const href = withBack(page ? learnHref(page) : wordHref(term!));
  return (
    <a href={href} class="what-is-this" onClick={() => rememberPlace(href)}>
      <Picture symbol="information" alt="" size="icon" />
      <span>
        {label ?? t('common:whatIsThis')}
        {about && ' '}
        {about && <span class="visually-hidden">{about}</span>}
      </span>
    </a>
  );
}

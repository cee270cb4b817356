import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { SymbolId } from '../content/symbols';
import { useT } from '../i18n/useT';
import { pageSentences } from './pageSentences';
import { Picture } from './Picture';
import { ReadAloud } from './ReadAloud';
import { returnToPlace } from './returnPlace';
import { stopSpeaking } from './speaking';

/** Parts of the frame the app shell fills in: the save status, notices, extra header buttons. */
export interface FrameSlots {
  status?: ComponentChildren;
  notices?: ComponentChildren;
  headerActions?: ComponentChildren;
}
export const FrameSlotsContext = createContext<FrameSlots>({});

export interface PageFrameProps {
  title: string;
  symbol?: SymbolId;
  /** One short line under the title that says what this screen is for. */
  lede?: string;
  children: ComponentChildren;
  /**
   * Shown after the title: e.g. read-aloud with the screen's own sentences. Without it, the
   * screen gets "Read this page aloud", reading what it shows: every screen can be heard.
   */
  titleActions?: ComponentChildren;
  /** The part of the app this screen belongs to ("Back to My review day"), when it is not Home. */
  up?: { href: string; label: string };
}

let firstPage = true;

/**
 * Every screen sits in this frame: Home and Help are in the same place on every screen (WCAG
 * 3.2.6), the save status is always visible, and on each new screen focus moves to its title so
 * screen reader and switch users start at the top of the new content.
 */
export function PageFrame({ title, symbol, lede, children, titleActions, up }: PageFrameProps) {
  const t = useT();
  const slots = useContext(FrameSlotsContext);
  const heading = useRef<HTMLHeadingElement>(null);

  // Before the new screen is painted, not after: a person who presses Tab or a key as soon as it
  // shows must not have focus taken back to the title a frame later.
  useLayoutEffect(() => {
    document.title = `${title} – ${t('common:app.name')}`;
    if (firstPage) firstPage = false;
    else heading.current?.focus({ preventScroll: false });
    // Back from "What is this?": to the question and the place the person left, not the top.
    returnToPlace();
  }, [title, t]);

  // Leaving a screen stops it being read aloud: the person moved on, so should the voice.
  useEffect(() => stopSpeaking, []);

  return (
    <>
      <a class="skip-link" href="#main">
        {t('common:frame.skip')}
      </a>
      <header class="frame-header">
        <div class="frame-header__inner">
          <span class="frame-header__name">{t('common:app.name')}</span>
          <nav class="frame-nav" aria-label={t('common:frame.navLabel')}>
            <a href="/" class="frame-nav__link">
              <Picture symbol="home" alt="" size="icon" />
              <span>{t('common:frame.home')}</span>
            </a>
            <a href="/help" class="frame-nav__link">
              <Picture symbol="help" alt="" size="icon" />
              <span>{t('common:frame.help')}</span>
            </a>
            {slots.headerActions}
          </nav>
        </div>
        <div class="frame-status">{slots.status}</div>
      </header>
      <main id="main" class="frame-main" tabIndex={-1}>
        {slots.notices}
        {up && (
          <p class="frame-up no-print">
            <a href={up.href} class="frame-up__link">
              <Picture symbol="previous" alt="" size="icon" />
              <span>{up.label}</span>
            </a>
          </p>
        )}
        <div class="page-title">
          {symbol && <Picture symbol={symbol} alt="" size="medium" />}
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
        </div>
        {lede && <p class="lede">{lede}</p>}
        {titleActions || (
          <ReadAloud
            id="page"
            label={t('common:readAloud.page')}
            sentences={() => pageSentences(document.getElementById('main'))}
          />
        )}
        {children}
      </main>
    </>
  );
}

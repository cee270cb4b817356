// The big tiles on the home screen: one per part of the app that exists. A feature adds its tile
// here when it is built, so the home screen never shows a link to something that is not there.
import type { SymbolId } from '../../content/symbols';

export interface HomeTile {
  href: string;
  symbol: SymbolId;
  /** Full i18n keys, e.g. 'home:tiles.settings.label'. */
  label: string;
  hint: string;
}

export const HOME_TILES: HomeTile[] = [
  {
    href: '/planner',
    symbol: 'planner',
    label: 'home:tiles.planner.label',
    hint: 'home:tiles.planner.hint',
  },
  {
    href: '/learn',
    symbol: 'book',
    label: 'home:tiles.learn.label',
    hint: 'home:tiles.learn.hint',
  },
  {
    href: '/day',
    symbol: 'review-day',
    label: 'home:tiles.day.label',
    hint: 'home:tiles.day.hint',
  },
  {
    href: '/feedback',
    symbol: 'speech',
    label: 'home:tiles.feedback.label',
    hint: 'home:tiles.feedback.hint',
  },
  {
    href: '/after',
    symbol: 'after-review',
    label: 'home:tiles.after.label',
    hint: 'home:tiles.after.hint',
  },
  {
    href: '/people',
    symbol: 'people',
    label: 'home:tiles.people.label',
    hint: 'home:tiles.people.hint',
  },
  {
    href: '/account',
    symbol: 'server',
    label: 'home:tiles.account.label',
    hint: 'home:tiles.account.hint',
  },
  {
    href: '/settings',
    symbol: 'settings',
    label: 'home:tiles.settings.label',
    hint: 'home:tiles.settings.hint',
  },
  { href: '/help', symbol: 'help', label: 'home:tiles.help.label', hint: 'home:tiles.help.hint' },
];

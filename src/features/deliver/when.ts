// "today", "yesterday", "on Tuesday" (within the last week), "on Tuesday 3 March": when something
// was sent or opened, in the words the person's status lines use.
import type { TFunction } from 'i18next';
import { dateLocale } from '../../i18n/dates';

const dayOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

export function whenWords(t: TFunction, iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const days = Math.round((dayOf(now) - dayOf(at)) / 86_400_000);
  if (days === 0) return t('deliver:when.today');
  if (days === 1) return t('deliver:when.yesterday');
  const locale = dateLocale();
  if (days > 1 && days < 7)
    return t('deliver:when.weekday', {
      day: new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(at),
    });
  return t('deliver:when.date', {
    date: new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      ...(at.getFullYear() !== now.getFullYear() ? { year: 'numeric' } : {}),
    }).format(at),
  });
}

// Times for people, in their language: "today at 10:32", "yesterday at 09:05",
// "on Tuesday 3 March at 10:32". Device clocks only ever label things; they never order them.
import i18next from 'i18next';
import { dateLocale } from './dates';

function sameDay(a: Date, b: Date): boolean {
  return a.toDateString() === b.toDateString();
}

export function formatWhen(iso: string, now: Date = new Date()): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return '';
  const lng = dateLocale();
  const time = new Intl.DateTimeFormat(lng, { hour: 'numeric', minute: '2-digit' }).format(when);
  if (sameDay(when, now)) return i18next.t('common:when.today', { time });
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (sameDay(when, yesterday)) return i18next.t('common:when.yesterday', { time });
  const date = new Intl.DateTimeFormat(lng, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(when.getFullYear() !== now.getFullYear() ? { year: 'numeric' } : {}),
  }).format(when);
  return i18next.t('common:when.other', { date, time });
}

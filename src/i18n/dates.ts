import i18next from 'i18next';

/**
 * The locale for dates: the tablet's own variant of the app's language when it has one (en-GB
 * in the UK), so "Wednesday 24 February 2027" reads the way people here write it.
 */
export function dateLocale(): string {
  const lang = i18next.language || 'en';
  const own =
    typeof navigator !== 'undefined'
      ? navigator.languages?.find((l) => l.split('-')[0] === lang)
      : undefined;
  return own ?? (lang === 'en' ? 'en-GB' : lang);
}

/** "Wednesday 24 February 2027", from YYYY-MM-DD or an ISO time. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  const date = value.length === 10 ? new Date(`${value}T12:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(dateLocale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** "10:42", the time of day. */
export function formatTime(at: number | Date): string {
  return new Intl.DateTimeFormat(dateLocale(), { hour: 'numeric', minute: '2-digit' }).format(at);
}

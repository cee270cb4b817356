import type { useT } from '../i18n/useT';

type Translate = ReturnType<typeof useT>;

/** "1 minute and 5 seconds": time in words, as people say it. */
export function formatDuration(t: Translate, totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const s = t('common:voice.seconds', { count: seconds });
  if (minutes === 0) return s;
  const m = t('common:voice.minutes', { count: minutes });
  return seconds === 0 ? m : t('common:voice.minutesAndSeconds', { minutes: m, seconds: s });
}

import type { TFunction } from 'i18next';
import { formatDay } from '../../../i18n/dates';
import { Picture } from '../../../ui/Picture';
import type { EvidenceCover } from './evidence';

/**
 * The cover page: whose diary, the days it covers, how many entries, and when it was made. In the
 * paper's language (`t`, `dateLocale`): English, for an advocate or solicitor.
 */
export function EvidenceCoverPage({
  cover,
  made,
  t,
  dateLocale,
}: {
  cover: EvidenceCover;
  made: string;
  t: TFunction;
  dateLocale: string;
}) {
  const day = (d: string) => formatDay(d, dateLocale);
  const range = !cover.from
    ? t('diary:evidence.cover.noDays')
    : cover.from === cover.to
      ? t('diary:evidence.cover.oneDay', { day: day(cover.from) })
      : t('diary:evidence.cover.range', { from: day(cover.from), to: day(cover.to) });
  return (
    <section class="evidence-cover" aria-labelledby="evidence-cover-name">
      <Picture symbol="diary" alt="" size="large" />
      <p id="evidence-cover-name" class="evidence-cover__name">
        {cover.name
          ? t('diary:evidence.cover.of', { name: cover.name })
          : t('diary:evidence.cover.noName')}
      </p>
      <p class="evidence-cover__range">{range}</p>
      <p>{t('diary:evidence.cover.count', { count: cover.count })}</p>
      <p class="evidence-cover__made">{made}</p>
    </section>
  );
}

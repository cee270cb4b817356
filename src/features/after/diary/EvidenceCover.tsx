import { formatDay } from '../../../i18n/dates';
import { useT } from '../../../i18n/useT';
import { Picture } from '../../../ui/Picture';
import type { EvidenceCover } from './evidence';

/** The cover page: whose diary, the days it covers, how many entries, and when it was made. */
export function EvidenceCoverPage({ cover, made }: { cover: EvidenceCover; made: string }) {
  const t = useT();
  const range = !cover.from
    ? t('diary:evidence.cover.noDays')
    : cover.from === cover.to
      ? t('diary:evidence.cover.oneDay', { day: formatDay(cover.from) })
      : t('diary:evidence.cover.range', { from: formatDay(cover.from), to: formatDay(cover.to) });
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

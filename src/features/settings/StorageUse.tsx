import { dateLocale } from '../../i18n/dates';
import { useEffect, useState } from 'preact/hooks';
import { mediaUse, storageUse, type MediaUse, type StorageUse as Use } from '../../data';
import type { SymbolId } from '../../content/symbols';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Picture } from '../../ui/Picture';

/** Sizes in words a person can picture: "2.4 MB" rather than a count of bytes. */
export function formatBytes(bytes: number, lng: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(lng, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/** One kind of thing kept on the tablet, with its picture: "Photos take 2.4 MB." */
function KindLine({ symbol, text }: { symbol: SymbolId; text: string }) {
  return (
    <li class="storage-kind">
      <Picture symbol={symbol} alt="" size="small" />
      <span>{text}</span>
    </li>
  );
}

export function StorageUse() {
  const t = useT();
  const [use, setUse] = useState<Use | null>(null);
  // Measured from the sizes stored with each photo and recording, not guessed from the total.
  const [media, setMedia] = useState<MediaUse | null>(null);
  const check = () => {
    void storageUse().then(setUse);
    void mediaUse()
      .then(setMedia)
      .catch(() => setMedia(null));
  };
  useEffect(check, []);
  const size = (bytes: number) => formatBytes(bytes, dateLocale());
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings:storage.title')}</h2>
      {use && (
        <>
          <p>
            {use.usedBytes === null
              ? t('settings:storage.unknown')
              : t('settings:storage.used', { used: size(use.usedBytes) })}
          </p>
          <p>{use.persisted ? t('settings:storage.kept') : t('settings:storage.notKept')}</p>
        </>
      )}
      {media && (
        <ul class="storage-kinds" aria-label={t('settings:storage.kindsLabel')}>
          <KindLine
            symbol="photo"
            text={
              media.photos
                ? t('settings:storage.photos', { size: size(media.photos) })
                : t('settings:storage.noPhotos')
            }
          />
          <KindLine
            symbol="microphone"
            text={
              media.recordings
                ? t('settings:storage.recordings', { size: size(media.recordings) })
                : t('settings:storage.noRecordings')
            }
          />
          {media.files > 0 && (
            <KindLine
              symbol="file"
              text={t('settings:storage.files', { size: size(media.files) })}
            />
          )}
        </ul>
      )}
      <Button variant="secondary" symbol="tablet" onPress={check}>
        {t('settings:storage.refresh')}
      </Button>
    </section>
  );
}

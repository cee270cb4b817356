import { useEffect, useState } from 'preact/hooks';
import { storageUse, type StorageUse as Use } from '../../data';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';

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

export function StorageUse() {
  const t = useT();
  const [use, setUse] = useState<Use | null>(null);
  const check = () => void storageUse().then(setUse);
  useEffect(check, []);
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings:storage.title')}</h2>
      {use && (
        <>
          <p>
            {use.usedBytes === null
              ? t('settings:storage.unknown')
              : t('settings:storage.used', {
                  used: formatBytes(use.usedBytes, document.documentElement.lang || 'en'),
                })}
          </p>
          <p>{use.persisted ? t('settings:storage.kept') : t('settings:storage.notKept')}</p>
        </>
      )}
      <Button variant="secondary" symbol="tablet" onPress={check}>
        {t('settings:storage.refresh')}
      </Button>
    </section>
  );
}

import type { FieldValue } from '../../shared/records';
import { useT } from '../../i18n/useT';

/** A value as a person reads it: the words as typed, Yes or No, or "No answer". */
export function ValueText({ value }: { value: FieldValue | undefined }) {
  const t = useT();
  if (value === null || value === undefined || value === '')
    return <p class="conflict__value conflict__value--empty">{t('conflicts:version.empty')}</p>;
  if (typeof value === 'boolean')
    return (
      <p class="conflict__value">
        {value ? t('conflicts:version.yes') : t('conflicts:version.no')}
      </p>
    );
  return <p class="conflict__value">{String(value)}</p>;
}

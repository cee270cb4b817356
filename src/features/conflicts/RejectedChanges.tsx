import { dismissRejected, type OutboxEntry } from '../../data';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { ValueText } from './ValueText';

const REASONS = [
  'forbidden',
  'wrong_plan',
  'too_many_fields',
  'unknown_conflict',
  'invalid',
  'invalid_field',
];

/** Changes the server said no to: shown with the reason, until the person has read them. */
export function RejectedChanges({ entries }: { entries: OutboxEntry[] }) {
  const t = useT();
  if (!entries.length) return null;
  return (
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">{t('conflicts:rejected.title')}</h2>
      <p>{t('conflicts:rejected.body')}</p>
      <ul class="conflict-list">
        {entries.map((e) => {
          const reason = REASONS.includes(e.reason ?? '') ? e.reason : 'rejected';
          return (
            <li key={e.seq} class="card">
              <p>{t('conflicts:about', { what: t(`conflicts:types.${e.type}`) })}</p>
              {Object.entries(e.fields).map(([f, c]) => (
                <ValueText key={f} value={c.value} />
              ))}
              <p>{t(`conflicts:rejected.reasons.${reason}`)}</p>
              <Button variant="secondary" onPress={() => void dismissRejected(e.seq!)}>
                {t('conflicts:rejected.dismiss')}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { formatDay } from '../../i18n/dates';
import { useT } from '../../i18n/useT';
import type { Delivery } from '../../shared/deliveries';
import { Picture } from '../../ui/Picture';
import { firstName } from './recipients';
import { whenWords } from './when';

/**
 * What was sent, each line from what the server recorded: "Sent to Jo Smith (commissioner) on
 * Tuesday" only for an email the email server accepted, and "Jo opened it on Wednesday" only once
 * Jo did.
 */
export function SentList({
  deliveries,
  latestVersion,
}: {
  deliveries: Delivery[];
  /** The newest finished feedback version (feedback only). */
  latestVersion?: number;
}) {
  const t = useT();
  if (deliveries.length === 0) return null;
  return (
    <section aria-labelledby="sent-title">
      <h2 id="sent-title">{t('deliver:sent.title')}</h2>
      <ul class="deliver-sent">
        {deliveries.map((d) => {
          const name = firstName(d.toName);
          return (
            <li key={d.id} class="card deliver-sent__item">
              <p class="status-line">
                <Picture symbol="email" alt="" size="small" />
                <span>
                  {t('deliver:sent.line', {
                    name: d.toName,
                    role: t(`deliver:roles.${d.toRole}`),
                    when: whenWords(t, d.sentAt),
                  })}
                </span>
              </p>
              <p class="status-line">
                <Picture symbol={d.openedAt ? 'tick' : 'hourglass'} alt="" size="small" />
                <span>
                  {d.openedAt
                    ? t('deliver:sent.opened', { name, when: whenWords(t, d.openedAt) })
                    : t('deliver:sent.notOpened', { name })}
                </span>
              </p>
              {d.item === 'feedback' &&
                latestVersion !== undefined &&
                d.sentVersion !== null &&
                latestVersion > d.sentVersion && (
                  <p>{t('deliver:sent.newVersion', { name, version: latestVersion })}</p>
                )}
              {d.item === 'pack' && <p>{t('deliver:sent.packChanges', { name })}</p>}
              <p>{t('deliver:sent.until', { date: formatDay(d.expiresAt) })}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { hasScreen } from '../../app/routes';
import { useT } from '../../i18n/useT';
import type { Fields } from '../../shared/records';
import { LinkButton } from '../../ui/LinkButton';
import { formatDay } from '../../i18n/dates';

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The report has not come: who to contact (from My review) and what to say. */
export function ChaseReport({ review, reviewDate }: { review: Fields; reviewDate: string }) {
  const t = useT();
  const people = [
    {
      role: t('timeline:chase.careCoordinator'),
      name: text(review.careCoordinatorName),
      contact: text(review.careCoordinatorContact),
    },
    {
      role: t('timeline:chase.commissioner'),
      name: text(review.commissionerName),
      contact: text(review.commissionerContact),
    },
  ].filter((p) => p.name || p.contact);
  return (
    <div class="timeline__chase">
      <h4>{t('timeline:chase.whoTitle')}</h4>
      {people.length > 0 ? (
        <ul>
          {people.map((p) => (
            <li key={p.role}>
              <strong>{p.role}:</strong> {[p.name, p.contact].filter(Boolean).join(', ')}
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p>{t('timeline:chase.noContacts')}</p>
          {hasScreen('/planner/review/care-coordinator') && (
            <LinkButton href="/planner/review/care-coordinator" symbol="pencil">
              {t('timeline:chase.addContacts')}
            </LinkButton>
          )}
        </>
      )}
      <h4>{t('timeline:chase.sayTitle')}</h4>
      <p class="timeline__say">{t('timeline:chase.say', { date: formatDay(reviewDate) })}</p>
    </div>
  );
}

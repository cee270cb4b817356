import { hasScreen } from '../../routes/hasScreen';
import { useT } from '../../i18n/useT';
import { reviewModel } from '../../shared/models/review';
import type { Fields } from '../../shared/records';
import { LinkButton } from '../../ui/LinkButton';
import { formatDay } from '../../i18n/dates';

/** The report has not come: who to contact (from My review) and what to say. */
export function ChaseReport({ review, reviewDate }: { review: Fields; reviewDate: string }) {
  const t = useT();
  const r = reviewModel.decode(review);
  const people = [
    {
      role: t('timeline:chase.careCoordinator'),
      name: r.careCoordinatorName.trim(),
      contact: r.careCoordinatorContact.trim(),
    },
    {
      role: t('timeline:chase.commissioner'),
      name: r.commissionerName.trim(),
      contact: r.commissionerContact.trim(),
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

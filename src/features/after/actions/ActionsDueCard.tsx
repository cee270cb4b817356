import { useRecords } from '../../../data';
import { formatDay } from '../../../i18n/dates';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { localToday } from '../../../shared/dates';
import { LinkButton } from '../../../ui/LinkButton';
import { Picture } from '../../../ui/Picture';
import { actionDue, actionFromRecord, dueWords, sortActions, STATUS_SYMBOL } from './actions';
import { isDueSoonOrLate } from './due';
import './actions.css';

/**
 * On Home: the actions due this week and those whose date has passed, in the person's own words,
 * calmly (one card, no red, no counts of what is late). Nothing shows when nothing is due. Home's
 * "Read this page aloud" reads it with the rest of the page.
 */
export function ActionsDueCard({ planId }: { planId: string }) {
  const t = useT();
  const records = useRecords(planId, 'action');
  if (!records) return null;
  const today = localToday();
  const due = sortActions(records.map(actionFromRecord))
    .map((a) => ({ a, due: actionDue(a, today) }))
    .filter((x) => isDueSoonOrLate(x.due));
  if (due.length === 0) return null;
  const lines = due.map(({ a, due: d }) => ({
    a,
    who: t('actions:list.who', { who: a.who }),
    when: dueWords(t, formatDay, d, a.byWhen),
  }));
  return (
    <section class="actions-due" aria-labelledby="actions-due-title">
      <div class="actions-due__head">
        <Picture symbol="actions" alt="" size="small" />
        <h3 id="actions-due-title">{t('actions:home.title')}</h3>
      </div>
      <p>{t('actions:home.lede')}</p>
      <ul class="actions-due__list">
        {lines.map(({ a, who, when }) => (
          <li key={a.id}>
            <Picture
              symbol={STATUS_SYMBOL[a.status]}
              alt={t(`actions:status.${a.status}`)}
              size="icon"
            />
            <div>
              <a href={screenHref('afterAction', { id: a.id })} dir="auto">
                {a.what}
              </a>
              <p>{who}</p>
              <p>{when}</p>
            </div>
          </li>
        ))}
      </ul>
      <LinkButton href={screenHref('afterActions')} symbol="actions">
        {t('actions:home.seeAll')}
      </LinkButton>
    </section>
  );
}

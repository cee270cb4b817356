import { formatDay } from '../../../i18n/dates';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import type { Fields } from '../../../shared/records';
import { Button } from '../../../ui/Button';
import { HiddenContext } from '../../../ui/HiddenContext';
import { LinkButton } from '../../../ui/LinkButton';
import { Picture } from '../../../ui/Picture';
import { removeWithUndo } from '../../forms/saver';
import { focusSaveNote } from '../../forms/SaveNote';
import { ChaseReport } from '../../home/ChaseReport';
import { CHASE_WAY_SYMBOLS } from './agree';
import type { Chase } from './chases';

export interface ChaseListProps {
  late: boolean;
  chases: readonly Chase[];
  review: Fields;
}

/**
 * When the report is late: who to ask and what to say, and every time the person asked, with the
 * day, who and how, so they can show they asked.
 */
export function ChaseList({ late, chases, review }: ChaseListProps) {
  const t = useT();
  return (
    <section class="after-part" aria-labelledby="report-chases">
      <h2 id="report-chases">{t('report:chase.title')}</h2>
      {late && (
        <>
          <p class="after-line">
            <Picture symbol="chase" alt="" size="small" />
            <span>{t('report:chase.late')}</span>
          </p>
          <ChaseReport review={review} reviewDate={String(review.date)} />
        </>
      )}
      {chases.length === 0 ? (
        <p>{t('report:chase.none')}</p>
      ) : (
        <ul class="chases" aria-label={t('report:chase.listLabel')}>
          {chases.map((c) => {
            const day = c.on ? formatDay(c.on) : t('report:chase.noDay');
            return (
              <li key={c.id} class="chases__item">
                <Picture symbol={c.how ? CHASE_WAY_SYMBOLS[c.how] : 'chase'} alt="" size="small" />
                <div>
                  <p class="chases__what">
                    {t('report:chase.line', {
                      date: day,
                      who: c.who || t('report:chase.someone'),
                      how: c.how ? t(`report:chase.how.${c.how}`) : '',
                    })}
                  </p>
                  {c.note && <p class="chases__note">{c.note}</p>}
                  <div class="button-row">
                    <LinkButton
                      href={screenHref('afterReportAsked', { id: c.id })}
                      symbol="pencil"
                      variant="secondary"
                    >
                      {t('report:chase.change')}
                      <HiddenContext>{day}</HiddenContext>
                    </LinkButton>
                    <Button
                      variant="quiet"
                      symbol="remove"
                      onPress={() =>
                        void removeWithUndo(
                          { planId: c.record.planId, type: 'chase', id: c.id },
                          c.record.data,
                        ).then(focusSaveNote)
                      }
                    >
                      {t('report:chase.remove')}
                      <HiddenContext>{day}</HiddenContext>
                    </Button>
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <div class="button-row">
        <LinkButton href={screenHref('afterReportAsked')} symbol="add" variant="primary">
          {t('report:chase.add')}
        </LinkButton>
      </div>
    </section>
  );
}

import { saveFields, type RecordRef } from '../../data';
import type { SymbolId } from '../../content/symbols';
import { useT } from '../../i18n/useT';
import { localToday } from '../../shared/dates';
import { reportModel } from '../../shared/models/report';
import type { Fields } from '../../shared/records';
import { Button } from '../../ui/Button';
import { LinkButton } from '../../ui/LinkButton';
import { Picture } from '../../ui/Picture';
import type { TimelineEntry } from './timeline';
import { ChaseReport } from './ChaseReport';

const SYMBOL: Record<string, SymbolId> = {
  invitations: 'handshake',
  planner: 'planner',
  day: 'calendar',
  feedback: 'speech',
  report: 'report',
  chase: 'phone',
};

export interface TimelineItemProps {
  entry: TimelineEntry;
  date: string;
  review: Fields;
  report: Fields;
  reportRef: RecordRef;
}

/**
 * One dated step. Today's step and the next one are shown in full; the others are one line each,
 * so the home screen stays short. Steps that have passed are marked as passed, never as failed.
 */
export function TimelineItem({ entry, date, review, report, reportRef }: TimelineItemProps) {
  const t = useT();
  const received = reportModel.decode(report).received;
  const aboutReport = (entry.id === 'report' || entry.id === 'chase') && entry.daysAway <= 0;
  const full = entry.status === 'today' || entry.status === 'next' || aboutReport;
  const title = t(`timeline:items.${entry.id}.title`);
  if (!full) {
    return (
      <li class={`timeline__item timeline__item--short timeline__item--${entry.status}`}>
        <Picture
          symbol={entry.daysAway < 0 ? 'tick' : (SYMBOL[entry.id] ?? 'calendar')}
          alt=""
          size="small"
        />
        <p>
          <span class="timeline__date">{date}</span>{' '}
          <span class="timeline__when">{when(t, entry.daysAway)}</span>
          <br />
          {entry.href ? <a href={entry.href}>{title}</a> : title}
        </p>
      </li>
    );
  }
  return (
    <li class={`timeline__item timeline__item--${entry.status}`}>
      <Picture symbol={SYMBOL[entry.id] ?? 'calendar'} alt="" size="medium" />
      <div class="timeline__body">
        <p class="timeline__date">
          {date} <span class="timeline__when">{when(t, entry.daysAway)}</span>
        </p>
        <h3 class="timeline__title">{title}</h3>
        <p>{t(`timeline:items.${entry.id}.body`)}</p>
        {entry.id === 'report' && received && (
          <p class="timeline__done">
            <Picture symbol="tick" alt="" size="icon" />
            {t('timeline:report.received')}
          </p>
        )}
        {entry.id === 'chase' && entry.daysAway <= 0 && (
          <ChaseReport review={review} reviewDate={String(review.date)} />
        )}
        <div class="button-row">
          {entry.href && (
            <LinkButton href={entry.href} symbol="next">
              {t(`timeline:items.${entry.id}.link`)}
            </LinkButton>
          )}
          {aboutReport && (
            <Button
              variant="secondary"
              symbol={received ? 'undo' : 'tick'}
              onPress={() =>
                void saveFields(
                  reportRef,
                  received
                    ? { received: false, receivedOn: null }
                    : { received: true, receivedOn: localToday() },
                ).catch(() => undefined)
              }
            >
              {received ? t('timeline:report.notYet') : t('timeline:report.gotIt')}
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}

function when(t: ReturnType<typeof useT>, days: number): string {
  if (days === 0) return t('timeline:when.today');
  if (days === 1) return t('timeline:when.tomorrow');
  if (days === -1) return t('timeline:when.yesterday');
  return days > 0
    ? t('timeline:when.inDays', { count: days })
    : t('timeline:when.daysAgo', { count: -days });
}

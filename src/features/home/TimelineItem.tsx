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
 * so the home screen stays short. A tick means the data shows the step is done; a step that has
 * passed and is not done is never marked as failed.
 */
export function TimelineItem({ entry, date, review, report, reportRef }: TimelineItemProps) {
  const t = useT();
  const received = reportModel.decode(report).received;
  const aboutReport = (entry.id === 'report' || entry.id === 'chase') && entry.daysAway <= 0;
  const full = entry.status === 'today' || entry.status === 'next' || aboutReport;
  const title = t(`timeline:items.${entry.id}.title`);
  // A tick only for what the data shows is done; a step that has passed and is not done says so
  // gently, with the way to do it. A step the app cannot know about (the day) has neither.
  const done = entry.done === true;
  const notDone = entry.done === false && entry.daysAway < 0 && !!entry.href;
  if (!full) {
    return (
      <li class={`timeline__item timeline__item--short timeline__item--${entry.status}`}>
        <Picture symbol={done ? 'tick' : (SYMBOL[entry.id] ?? 'calendar')} alt="" size="small" />
        <div class="timeline__body">
          <p>
            <span class="timeline__date">{date}</span>{' '}
            <span class="timeline__when">{when(t, entry.daysAway)}</span>
            <br />
            {entry.href && !notDone ? <a href={entry.href}>{title}</a> : <span>{title}</span>}
          </p>
          {done && <p class="timeline__state">{t('timeline:done')}</p>}
          {notDone && (
            <>
              <p class="timeline__state">{t('timeline:notDone')}</p>
              <LinkButton href={entry.href!} symbol="next">
                {t(`timeline:items.${entry.id}.link`)}
              </LinkButton>
            </>
          )}
        </div>
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
        {done && entry.id !== 'report' && (
          <p class="timeline__done">
            <Picture symbol="tick" alt="" size="icon" />
            {t('timeline:done')}
          </p>
        )}
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

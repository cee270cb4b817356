import { useState } from 'preact/hooks';
import rulesJson from '../../../content/nextReview.json';
import { singletonRef, useCurrentPlan, useRecord, useRecords } from '../../../data';
import { formatDay } from '../../../i18n/dates';
import { useT } from '../../../i18n/useT';
import { screenHref } from '../../../routes/screens';
import { daysBetween, isIsoDate, localToday } from '../../../shared/dates';
import { reportModel } from '../../../shared/models/report';
import { reviewModel } from '../../../shared/models/review';
import { Button } from '../../../ui/Button';
import { LinkButton } from '../../../ui/LinkButton';
import { LiveStatus } from '../../../ui/LiveStatus';
import { PageFrame } from '../../../ui/PageFrame';
import { Picture } from '../../../ui/Picture';
import { downloadText } from '../../../ui/download';
import { ReadAloud } from '../../../ui/ReadAloud';
import { BoundText } from '../../forms/BoundText';
import { saveWithUndo } from '../../forms/saver';
import { HelpNowButton } from '../crisis/HelpNowButton';
import { calendarEvents } from './calendarEvents';
import { buildCalendar } from './ics';
import { openActions, readRules, ruleFor, shownReview, suggestedNext } from './nextReview';
import './next.css';

const RULES = readRules(rulesJson);

/** /after/next — when the next review is, what carries on to it, and "Add to my calendar". */
export default function NextReviewPage() {
  const t = useT();
  const plan = useCurrentPlan();
  const reviewRef = plan ? singletonRef(plan.id, 'review') : undefined;
  const review = useRecord(reviewRef?.id);
  const report = useRecord(plan ? singletonRef(plan.id, 'report').id : undefined);
  const actions = useRecords(plan?.id, 'action');
  const [made, setMade] = useState(false);
  const loaded = plan && reviewRef && review !== undefined && report !== undefined && actions;

  const r = reviewModel.decode(review?.data);
  const today = localToday();
  const shown = shownReview(r, reportModel.decode(report?.data).received, today);
  const suggestion = suggestedNext(r, RULES);
  const rule = ruleFor(r, RULES);
  const hasNext = isIsoDate(r.nextDate) && isIsoDate(r.date) && daysBetween(r.date, r.nextDate) > 0;
  const problem =
    r.nextDate && !isIsoDate(r.nextDate)
      ? t('afterNext:notADate')
      : isIsoDate(r.nextDate) && isIsoDate(r.date) && !hasNext
        ? t('afterNext:notAfter')
        : undefined;
  const open = openActions(actions ?? []);
  const events = plan
    ? calendarEvents({ planId: plan.id, shown, nextDate: r.nextDate, actions: actions ?? [], t })
    : [];

  const sentences = [
    t('afterNext:title'),
    isIsoDate(r.date)
      ? t('afterNext:thisReview', { date: formatDay(r.date) })
      : t('afterNext:noDate'),
    ...(hasNext ? [t('afterNext:nextOn', { date: formatDay(r.nextDate) })] : []),
    ...(open ? [t('afterNext:openActions', { count: open })] : []),
    t('afterNext:calendarTitle'),
    ...events.map((e) => `${formatDay(e.date)}: ${e.summary}`),
  ];
  const download = () => {
    if (!plan) return;
    const file = buildCalendar(events, { now: new Date(), name: t('afterNext:calendar.name') });
    downloadText(t('afterNext:fileName'), file, 'text/calendar;charset=utf-8');
    setMade(true);
  };

  return (
    <PageFrame
      title={t('afterNext:title')}
      symbol="next-review"
      lede={t('afterNext:lede')}
      up={{ href: screenHref('after'), label: t('afterNext:up') }}
      titleActions={
        <ReadAloud id="after-next" label={t('afterNext:readPage')} sentences={sentences} />
      }
    >
      <HelpNowButton />
      {loaded && (
        <>
          <div class="next-fact">
            <Picture symbol="calendar" alt="" size="medium" />
            {isIsoDate(r.date) ? (
              <p>{t('afterNext:thisReview', { date: formatDay(r.date) })}</p>
            ) : (
              <div>
                <p>{t('afterNext:noDate')}</p>
                <LinkButton href={screenHref('plannerReview', { step: 'when' })} symbol="pencil">
                  {t('afterNext:addDate')}
                </LinkButton>
              </div>
            )}
          </div>
          <h2>{t('afterNext:whenTitle')}</h2>
          {rule && suggestion && (
            <div class="next-fact">
              <Picture symbol="next-review" alt="" size="medium" />
              <div>
                <p>{t('afterNext:rule', { months: rule.everyMonths })}</p>
                <p>{t('afterNext:suggest', { date: formatDay(suggestion) })}</p>
                {r.nextDate !== suggestion && (
                  <Button
                    variant="secondary"
                    symbol="tick"
                    onPress={() => void saveWithUndo(reviewRef, { nextDate: suggestion })}
                  >
                    {t('afterNext:useSuggestion')}
                  </Button>
                )}
              </div>
            </div>
          )}
          <BoundText
            recordRef={reviewRef}
            field="nextDate"
            saved={r.nextDate}
            label={t('afterNext:date')}
            hint={t('afterNext:dateHint')}
            type="date"
            width="medium"
            problem={problem}
          />
          {hasNext && (
            <div class="next-fact" role="status">
              <Picture symbol="tick" alt="" size="medium" />
              <div>
                <p class="next-fact__strong">
                  {t('afterNext:nextOn', { date: formatDay(r.nextDate) })}
                </p>
                <p>{shown?.isNext ? t('afterNext:homeShowsNext') : t('afterNext:homeMovesOn')}</p>
                {open > 0 && <p>{t('afterNext:openActions', { count: open })}</p>}
              </div>
            </div>
          )}
          <h2>{t('afterNext:calendarTitle')}</h2>
          {events.length === 0 ? (
            <p>{t('afterNext:calendarNothing')}</p>
          ) : (
            <>
              <p>{t('afterNext:calendarHint')}</p>
              <ul class="next-dates">
                {events.map((e) => (
                  <li key={e.uid}>
                    <span class="next-dates__date">{formatDay(e.date)}</span>
                    <span>{e.summary}</span>
                  </li>
                ))}
              </ul>
              <Button symbol="calendar-add" onPress={download}>
                {t('afterNext:download')}
              </Button>
            </>
          )}
          <LiveStatus class="after-message">
            {made && t('afterNext:made', { file: t('afterNext:fileName') })}
          </LiveStatus>
        </>
      )}
    </PageFrame>
  );
}

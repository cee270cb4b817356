import { formatDay } from '../../i18n/dates';
import { singletonRef, useRecord, useRecords } from '../../data';
import { hasScreen } from '../../routes/hasScreen';
import { useT } from '../../i18n/useT';
import { localToday } from '../../shared/dates';
import { reportModel } from '../../shared/models/report';
import { reviewModel } from '../../shared/models/review';
import { splitSentences } from '../../shared/text';
import { ReadAloud } from '../../ui/ReadAloud';
import timelineJson from '../../content/timeline.json';
import { doneFacts } from './doneFacts';
import { buildTimeline, readSteps } from './timeline';
import { openActions, shownReview } from '../after/next/nextReview';
import { NextReviewNote } from './NextReviewNote';
import { NoDateYet } from './NoDateYet';
import { TimelineItem } from './TimelineItem';
import { ActionsDueCard } from '../after/actions/ActionsDueCard';
import './whatNext.css';

const STEPS = readSteps(timelineJson);

/**
 * "What happens next": the actions due this week or late, then the dated steps before and after
 * the review, from its date. Loaded after the first paint (Home keeps its first screen small).
 */
export function WhatHappensNext({ planId }: { planId: string }) {
  return (
    <>
      <ActionsDueCard planId={planId} />
      <Timeline planId={planId} />
    </>
  );
}

function Timeline({ planId }: { planId: string }) {
  const t = useT();
  const reviewRef = singletonRef(planId, 'review');
  const reportRef = singletonRef(planId, 'report');
  const review = useRecord(reviewRef.id);
  const report = useRecord(reportRef.id);
  const consents = useRecords(planId, 'consent');
  const attendees = useRecords(planId, 'attendee');
  const feedbackVersions = useRecords(planId, 'feedbackVersion');
  const actions = useRecords(planId, 'action');
  // While the dates are read, keep the words the first screen was painted with: nothing jumps.
  if (
    review === undefined ||
    report === undefined ||
    !consents ||
    !attendees ||
    !feedbackVersions ||
    !actions
  )
    return <NoDateYet />;
  const today = localToday();
  const reportReceived = reportModel.decode(report?.data).received;
  const shown = shownReview(reviewModel.decode(review?.data), reportReceived, today);
  // The next review: nothing of it is done yet, and the report and its chase are this review's.
  const entries = buildTimeline(shown?.date, today, STEPS, {
    reportReceived: shown?.isNext ? true : reportReceived,
    hasScreen,
    facts: shown?.isNext
      ? {}
      : doneFacts({
          review: review?.data ?? {},
          report: report?.data ?? {},
          consents,
          attendees,
          feedbackVersions,
        }),
  });
  if (entries.length === 0) return <NoDateYet />;
  const open = shown?.isNext ? openActions(actions) : 0;
  const spoken = [
    ...(shown?.isNext ? [t('timeline:next.title', { date: formatDay(shown.date) })] : []),
    ...(open ? [t('timeline:next.openActions', { count: open })] : []),
  ].concat(
    entries.flatMap((e) => [
      `${formatDay(e.date)}.`,
      ...splitSentences(
        `${t(`timeline:items.${e.id}.title`)}. ${t(`timeline:items.${e.id}.body`)}`,
      ),
      ...(e.done === true
        ? [t('timeline:done')]
        : e.done === false && e.daysAway < 0
          ? splitSentences(t('timeline:notDone'))
          : []),
    ]),
  );
  return (
    <>
      <ReadAloud id="what-next" sentences={spoken} label={t('timeline:readAloud')} />
      {shown?.isNext && <NextReviewNote date={shown.date} openActions={open} />}
      <ol class="timeline">
        {entries.map((e) => (
          <TimelineItem
            key={e.id}
            entry={e}
            date={formatDay(e.date)}
            review={review?.data ?? {}}
            reportRef={reportRef}
            report={report?.data ?? {}}
          />
        ))}
      </ol>
    </>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { hereOn, markHere, singletonRef, useRecord } from '../../data';
import { clockOf, nowAndNext, type NowAndNext } from './nowStep';
import { localDay } from './reviewDate';
import type { Step } from './timetable';

/** The time now, checked every half minute, so "now" moves on by itself during the day. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Now and next on the timetable, and the "We are here" tap that sets them (kept for today). */
export function useNowAndNext(
  planId: string | undefined,
  steps: Step[],
): NowAndNext & { isReviewDay: boolean; setHere: (stepId: string) => void } {
  const now = useNow();
  const today = localDay(now);
  const review = useRecord(planId ? singletonRef(planId, 'review').id : undefined);
  const [here, setHereState] = useState<string | null>(null);
  useEffect(() => {
    setHereState(planId ? hereOn(planId, today) : null);
  }, [planId, today]);
  const isReviewDay = review?.data.date === today;
  const setHere = (stepId: string) => {
    if (planId) markHere(planId, today, stepId);
    setHereState(stepId);
  };
  return { ...nowAndNext(steps, here, isReviewDay ? clockOf(now) : null), isReviewDay, setHere };
}

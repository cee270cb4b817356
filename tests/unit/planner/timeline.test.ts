import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import timelineJson from '../../../src/content/timeline.json';
import { buildTimeline, readSteps } from '../../../src/features/home/timeline';

const steps = readSteps(timelineJson);
const all = () => true;
const REVIEW = '2027-03-10';

describe('what happens next', () => {
  it('dates every step from the review date, as domain.md §1.7 says', () => {
    const entries = buildTimeline(REVIEW, '2027-01-01', steps, {
      reportReceived: false,
      hasScreen: all,
    });
    expect(entries.map((e) => [e.id, e.date])).toEqual([
      ['invitations', '2027-02-24'], // two weeks before
      ['planner', '2027-03-09'], // the day before
      ['day', '2027-03-10'], // the day itself
      ['feedback', '2027-03-17'], // a week after
      ['report', '2027-03-24'], // two weeks after
      ['chase', '2027-03-25'], // the day after that
    ]);
  });

  it('shows nothing until there is a real review date', () => {
    const o = { reportReceived: false, hasScreen: all };
    expect(buildTimeline(undefined, '2027-01-01', steps, o)).toEqual([]);
    expect(buildTimeline('2027-02-30', '2027-01-01', steps, o)).toEqual([]);
    expect(buildTimeline('next Tuesday', '2027-01-01', steps, o)).toEqual([]);
  });

  it('marks what has passed, what is today and what comes next', () => {
    const entries = buildTimeline(REVIEW, '2027-03-10', steps, {
      reportReceived: false,
      hasScreen: all,
    });
    expect(entries.map((e) => [e.id, e.status, e.daysAway])).toEqual([
      ['invitations', 'past', -14],
      ['planner', 'past', -1],
      ['day', 'today', 0],
      ['feedback', 'later', 7],
      ['report', 'later', 14],
      ['chase', 'later', 15],
    ]);
    const next = buildTimeline(REVIEW, '2027-03-12', steps, {
      reportReceived: false,
      hasScreen: all,
    });
    expect(next.find((e) => e.status === 'next')?.id).toBe('feedback');
    expect(next.filter((e) => e.status === 'next')).toHaveLength(1);
  });

  it('stops asking about the report once it has come', () => {
    const entries = buildTimeline(REVIEW, '2027-03-26', steps, {
      reportReceived: true,
      hasScreen: all,
    });
    expect(entries.map((e) => e.id)).not.toContain('chase');
  });

  it('marks a step done only when the data shows it, never because its date has passed', () => {
    const long = buildTimeline(REVIEW, '2027-04-30', steps, {
      reportReceived: false,
      hasScreen: all,
    });
    // Everything has passed, nothing is done: no step says it is.
    expect(long.filter((e) => e.done === true)).toEqual([]);
    expect(long.map((e) => [e.id, e.done])).toEqual([
      ['invitations', false],
      ['planner', undefined], // the app cannot know: never ticked, never "not done"
      ['day', undefined],
      ['feedback', false],
      ['report', false],
      ['chase', undefined],
    ]);
    const facts = { consentAnswered: true, feedbackFinished: true, reportReceived: true };
    const done = buildTimeline(REVIEW, '2027-04-30', steps, {
      reportReceived: true,
      hasScreen: all,
      facts,
    });
    expect(done.filter((e) => e.done).map((e) => e.id)).toEqual([
      'invitations',
      'feedback',
      'report',
    ]);
  });

  it('never links to a screen that does not exist', () => {
    const entries = buildTimeline(REVIEW, '2027-01-01', steps, {
      reportReceived: false,
      hasScreen: (href) => href !== '/day',
    });
    expect(entries.find((e) => e.id === 'day')?.href).toBeUndefined();
    expect(entries.find((e) => e.id === 'feedback')?.href).toBe('/feedback');
    // The report's step leads on to adding the report itself (issue 11).
    expect(entries.find((e) => e.id === 'report')?.href).toBe('/after/report');
    const without = buildTimeline(REVIEW, '2027-01-01', steps, {
      reportReceived: false,
      hasScreen: (href) => href !== '/after/report',
    });
    expect(without.find((e) => e.id === 'report')?.href).toBeUndefined();
  });

  it('rejects a broken rules file instead of showing wrong dates', () => {
    expect(() => readSteps({ steps: [{ id: 'x', offsetDays: 'soon' }] })).toThrow();
    expect(() => readSteps({ steps: [{ id: 'x', offsetDays: 1, showIf: 'sunny' }] })).toThrow();
    expect(() => readSteps({})).toThrow();
    expect(() => readSteps({ steps: [{ id: 'x', offsetDays: 1, doneWhen: 'soon' }] })).toThrow();
  });

  it('has English words for every step (other languages are held to English by the key test)', () => {
    const home = JSON.parse(
      readFileSync(join(__dirname, '../../../locales/en/timeline.json'), 'utf8'),
    ) as { items: Record<string, { title?: string; body?: string; link?: string }> };
    for (const s of steps) {
      expect(home.items[s.id]?.title, s.id).toBeTruthy();
      expect(home.items[s.id]?.body, s.id).toBeTruthy();
      // A step with a link has the link's words.
      if (s.href) expect(home.items[s.id]?.link, s.id).toBeTruthy();
    }
  });
});

// "We are here" on the timetable: the step the person is at, on this tablet, for one day. It is a
// place in the day, not a change to the plan, so it stays on this device and is not synced; it
// is forgotten the next day.
export const HERE_KEY = 'my-review.here';

type Places = Record<string, { day: string; step: string }>;

function read(): Places {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(HERE_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Places) : {};
  } catch {
    return {};
  }
}

/** The step id marked "We are here" in this plan on this day (YYYY-MM-DD), if any. */
export function hereOn(planId: string, day: string): string | null {
  const place = read()[planId];
  return place && place.day === day && typeof place.step === 'string' ? place.step : null;
}

export function markHere(planId: string, day: string, step: string | null): void {
  const places = read();
  if (step) places[planId] = { day, step };
  else delete places[planId];
  try {
    localStorage.setItem(HERE_KEY, JSON.stringify(places));
  } catch {
    // No localStorage: the mark lasts while the page is open (the screen keeps it too).
  }
}

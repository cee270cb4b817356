import { describe, expect, it } from 'vitest';
import { hasScreen } from '../../../src/routes/hasScreen';

describe('hasScreen', () => {
  it('knows the screens that exist, with their parameters', () => {
    expect(hasScreen('/')).toBe(true);
    expect(hasScreen('/planner')).toBe(true);
    expect(hasScreen('/planner/review')).toBe(true);
    expect(hasScreen('/planner/review/when')).toBe(true);
    expect(hasScreen('/planner/people/abc/name')).toBe(true);
    expect(hasScreen('/feedback/listened')).toBe(true);
    expect(hasScreen('/planner/consent?x=1#top')).toBe(true);
  });

  it('says no to a screen that is not there, so no link points at nothing', () => {
    expect(hasScreen('/nowhere')).toBe(false);
    expect(hasScreen('/planner/review/when/extra')).toBe(false);
    expect(hasScreen('/feedback/listened/extra')).toBe(false);
  });
});

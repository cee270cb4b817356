import { describe, expect, it } from 'vitest';
import { stepPlace } from '../../../src/features/forms/stepPlace';

const IDS = ['when', 'where', 'who'];

describe('stepPlace', () => {
  it('gives Back and Next from the list, none past either end', () => {
    expect(stepPlace(IDS, 'where', '/planner/review')).toEqual({
      index: 1,
      id: 'where',
      prev: '/planner/review/when',
      next: '/planner/review/who',
    });
    expect(stepPlace(IDS, 'when', '/x')).toMatchObject({ prev: undefined, next: '/x/where' });
    expect(stepPlace(IDS, 'who', '/x')).toMatchObject({ prev: '/x/where', next: undefined });
  });

  it('starts at the first step when the address names none', () => {
    expect(stepPlace(IDS, undefined, '/x')).toMatchObject({ index: 0, id: 'when' });
  });

  it('says "not here" for a step that is not in the list, never another step', () => {
    expect(stepPlace(IDS, 'nope', '/x')).toBeUndefined();
    expect(stepPlace([], undefined, '/x')).toBeUndefined();
  });
});

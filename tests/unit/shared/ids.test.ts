import { describe, expect, it } from 'vitest';
import { isUuid, uuidv7, uuidv7Time } from '../../../src/shared/ids';

describe('uuid v7', () => {
  it('has the version and variant bits of RFC 9562 and carries its time', () => {
    const t = Date.UTC(2026, 10, 22, 9, 30);
    const id = uuidv7(t);
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    expect(uuidv7Time(id)).toBe(t);
  });

  it('stays strictly increasing within one millisecond and if the clock steps back', () => {
    const ids = [uuidv7(5_000), uuidv7(5_000), uuidv7(5_000), uuidv7(4_000)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { lockedOnReturn } from '../../../src/features/lock/lockTiming';
import { hashPictureCode, pictureCodeMatches } from '../../../src/features/lock/pictureCode';
import { displayAttributes, normaliseSettings } from '../../../src/shared/settings';

describe('the picture code', () => {
  it('opens with the same four pictures in the same order, and with nothing else', async () => {
    const stored = await hashPictureCode(['star', 'cup', 'star', 'teddy']);
    expect(stored).toMatch(/^[0-9a-f]{32}:[0-9a-f]{64}$/);
    expect(stored).not.toContain('star');
    expect(await pictureCodeMatches(['star', 'cup', 'star', 'teddy'], stored)).toBe(true);
    expect(await pictureCodeMatches(['cup', 'star', 'star', 'teddy'], stored)).toBe(false);
    expect(await pictureCodeMatches(['star', 'cup', 'star'], stored)).toBe(false);
  });
  it('is salted: the same pictures make a different stored value each time', async () => {
    const code = ['heart', 'heart', 'calm', 'walk'] as const;
    expect(await hashPictureCode([...code])).not.toBe(await hashPictureCode([...code]));
  });
});

describe('when My Review locks', () => {
  const minute = 60_000;
  it('not while it is in use, only after being left for the chosen time', () => {
    expect(lockedOnReturn(null, 10 * minute, 0)).toBe(false);
    expect(lockedOnReturn(0, 4 * minute, 5)).toBe(false);
    expect(lockedOnReturn(0, 5 * minute, 5)).toBe(true);
    expect(lockedOnReturn(0, 1, 0)).toBe(true);
  });
});

describe('the lock setting', () => {
  it('is off by default, and off when its key is missing, so nobody is shut out', () => {
    expect(normaliseSettings({}).lock.on).toBe(false);
    expect(
      normaliseSettings({ lock: { on: true, method: 'pictures', pictureCode: '' } }).lock.on,
    ).toBe(false);
    expect(
      normaliseSettings({ lock: { on: true, method: 'device', credentialId: '' } }).lock.on,
    ).toBe(false);
    const code = `${'a'.repeat(32)}:${'b'.repeat(64)}`;
    expect(
      normaliseSettings({
        lock: { on: true, method: 'pictures', pictureCode: code, afterMinutes: 15 },
      }).lock,
    ).toMatchObject({ on: true, afterMinutes: 15 });
  });
  it('is known before the first paint, so a locked plan never shows', () => {
    const code = `${'a'.repeat(32)}:${'b'.repeat(64)}`;
    const on = normaliseSettings({ lock: { on: true, method: 'pictures', pictureCode: code } });
    expect(displayAttributes(on)['data-lock']).toBe('on');
    expect(displayAttributes(normaliseSettings({}))['data-lock']).toBe('off');
  });
});

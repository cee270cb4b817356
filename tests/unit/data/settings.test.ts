import { describe, expect, it } from 'vitest';
import { getSettings, initialSettings, saveSettings } from '../../../src/data/settings';
import { DEFAULT_SETTINGS, DISPLAY_MIRROR_KEY, normaliseSettings } from '../../../src/shared/settings';

class MemoryStorage {
  private m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  clear() {
    this.m.clear();
  }
}
(globalThis as { localStorage?: unknown }).localStorage ??= new MemoryStorage();

describe('device settings', () => {
  it('start from the defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('are saved on the device and copied for the pre-paint script', async () => {
    await saveSettings({ textSize: 200, theme: 'contrast' });
    expect(await getSettings()).toMatchObject({ textSize: 200, theme: 'contrast' });
    const mirror = JSON.parse(localStorage.getItem(DISPLAY_MIRROR_KEY)!);
    expect(mirror).toMatchObject({ 'data-text-size': '200', 'data-theme': 'contrast', lang: 'en' });
    expect(initialSettings()).toMatchObject({ textSize: 200, theme: 'contrast' });
  });

  it('copy the direction of the language, so a reload in Urdu is right to left from its first paint', async () => {
    await saveSettings({ language: 'ur' });
    expect(JSON.parse(localStorage.getItem(DISPLAY_MIRROR_KEY)!)).toMatchObject({
      lang: 'ur',
      dir: 'rtl',
    });
    await saveSettings({ language: 'pl' });
    expect(JSON.parse(localStorage.getItem(DISPLAY_MIRROR_KEY)!)).toMatchObject({
      lang: 'pl',
      dir: 'ltr',
    });
    await saveSettings({ language: 'en' });
  });

  it('ignore values that are not allowed instead of breaking the app', () => {
    const s = normaliseSettings({ textSize: 999, theme: 'neon', voice: 42, language: '<script>' });
    expect(s).toEqual(DEFAULT_SETTINGS);
  });
});

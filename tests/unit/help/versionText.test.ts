import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { versionText } from '../../../src/features/help/versionText';
import help from '../../../locales/en/help.json';

beforeAll(async () => {
  await i18next.init({
    lng: 'en',
    resources: { en: { help } },
    interpolation: { escapeValue: false },
  });
});

describe('the version on Help', () => {
  it('is a date people can read, not a machine time', () => {
    const text = versionText('2026-11-30T07:17:24.020Z', i18next.t);
    expect(text).toMatch(/^This is the version of My Review from Monday,? 30 November 2026\.$/);
    expect(text).not.toContain('2026-11-30');
  });
  it('keeps a version that has a name', () => {
    expect(versionText('v2', i18next.t)).toBe('This is version v2 of My Review.');
  });
});

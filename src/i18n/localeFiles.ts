// Every locale file but the first screen's, each loading as its own small script. Kept out of
// i18n.ts: the table of about 90 loaders is itself about 2 KiB, and the first screen never uses it.
type Resource = Record<string, unknown>;

export const LAZY_LOCALES = import.meta.glob<Resource>(
  ['/locales/*/*.json', '!/locales/en/common.json', '!/locales/en/home.json'],
  { import: 'default' },
);

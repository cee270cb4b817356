// i18next with one namespace per feature (locales/<lang>/<namespace>.json). The namespaces the
// first screen needs are bundled; the rest load with their screen, so the first screen stays small.
// All of them are precached by the service worker, so every language works offline.
import i18next from 'i18next';
import { FALLBACK_LANGUAGE, findLanguage } from './languages';

type Resource = Record<string, unknown>;

/** Needed before the first paint: the page frame and the home screen. */
export const FIRST_SCREEN_NAMESPACES = ['common', 'home'] as const;

const eager = import.meta.glob<Resource>(['/locales/en/common.json', '/locales/en/home.json'], {
  eager: true,
  import: 'default',
});
// The other locale files load with the screens that need them (localeFiles.ts): their table
// loads the first time a namespace is asked for.
let lazyLocales: Promise<Record<string, () => Promise<Resource>>> | undefined;
const localeLoaders = () => (lazyLocales ??= import('./localeFiles').then((m) => m.LAZY_LOCALES));

function parts(path: string): { lng: string; ns: string } {
  const m = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!m) throw new Error(`Unexpected locale path ${path}`);
  return { lng: m[1]!, ns: m[2]! };
}

export function initI18n(language = FALLBACK_LANGUAGE): typeof i18next {
  if (i18next.isInitialized) return i18next;
  const resources: Record<string, Record<string, Resource>> = {};
  for (const [path, resource] of Object.entries(eager)) {
    const { lng, ns } = parts(path);
    (resources[lng] ??= {})[ns] = resource;
  }
  void i18next.init({
    lng: FALLBACK_LANGUAGE,
    fallbackLng: FALLBACK_LANGUAGE,
    resources,
    ns: [...FIRST_SCREEN_NAMESPACES],
    defaultNS: 'common',
    partialBundledLanguages: true,
    initAsync: false,
    interpolation: { escapeValue: false }, // Preact escapes text; never render strings as HTML
    returnNull: false,
  });
  if (language !== FALLBACK_LANGUAGE) void setLanguage(language);
  applyDocumentLanguage(i18next.language);
  return i18next;
}

/**
 * The language being switched to. i18next changes language only once its words are loaded, so a
 * screen that loads its words in the meantime loads them in this language too, not only in the
 * one being left (else it would stay in English: the person's language is set just after start).
 */
let target = FALLBACK_LANGUAGE;

/** Loads namespaces (for the current language, the one coming, and the fallback) before a screen renders. */
export async function loadNamespaces(namespaces: readonly string[], lng?: string) {
  const wanted = new Set([lng ?? target, i18next.language, FALLBACK_LANGUAGE]);
  await Promise.all(
    [...wanted].flatMap((l) =>
      namespaces.map(async (ns) => {
        if (i18next.hasResourceBundle(l, ns)) return;
        const load = (await localeLoaders())[`/locales/${l}/${ns}.json`];
        if (!load) return;
        i18next.addResourceBundle(l, ns, await load(), true, true);
      }),
    ),
  );
}

export async function setLanguage(lng: string): Promise<void> {
  target = lng;
  const loaded = Object.keys(i18next.store.data[i18next.language] ?? {});
  await loadNamespaces([...new Set([...loaded, ...FIRST_SCREEN_NAMESPACES])], lng);
  if (target !== lng) return; // the person chose again meanwhile: that choice wins
  await i18next.changeLanguage(lng);
  applyDocumentLanguage(lng);
}

/** Screen readers and read-aloud pick their voice from lang; dir flips the layout for RTL. */
function applyDocumentLanguage(lng: string) {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng;
  document.documentElement.dir = findLanguage(lng).dir;
}

export { i18next };

import { findLanguage } from '../i18n/languages';
import {
  DEFAULT_SETTINGS,
  DISPLAY_MIRROR_KEY,
  displayAttributes,
  normaliseSettings,
  type DeviceSettings,
} from '../shared/settings';
import { db } from './db';
import { guardWrite } from './storage';

const KEY = 'device';

export async function getSettings(): Promise<DeviceSettings> {
  const row = await db().settings.get(KEY);
  return normaliseSettings(row?.value ?? readMirror() ?? DEFAULT_SETTINGS);
}

/** The settings known before the database opens (from the copy the boot script reads). */
export function initialSettings(): DeviceSettings {
  return normaliseSettings({ ...DEFAULT_SETTINGS, ...readMirror() });
}

export async function saveSettings(patch: Partial<DeviceSettings>): Promise<DeviceSettings> {
  const next = await guardWrite(() => {
    const d = db();
    return d.transaction('rw', d.settings, async () => {
      const current = normaliseSettings((await d.settings.get(KEY))?.value ?? readMirror());
      const merged = normaliseSettings({ ...current, ...patch });
      await d.settings.put({ key: KEY, value: merged });
      return merged;
    });
  });
  writeMirror(next);
  return next;
}

/** A synchronous copy of the display settings, read by src/app/settingsBoot.ts before first paint. */
function writeMirror(s: DeviceSettings): void {
  try {
    const named = mirrorObject()[NAMED_ATTRIBUTE];
    localStorage.setItem(
      DISPLAY_MIRROR_KEY,
      JSON.stringify({
        ...displayAttributes(s),
        lang: s.language,
        // Right to left before the first paint too: a reload in Urdu never flashes left to right.
        dir: findLanguage(s.language).dir,
        ...(named ? { [NAMED_ATTRIBUTE]: named } : {}),
      }),
    );
  } catch {
    // Private mode or a full disk: the settings still apply once the app has started.
  }
}

function mirrorObject(): Record<string, string> {
  try {
    const a = JSON.parse(localStorage.getItem(DISPLAY_MIRROR_KEY) ?? '{}') as unknown;
    return a && typeof a === 'object' ? (a as Record<string, string>) : {};
  } catch {
    return {};
  }
}

const NAMED_ATTRIBUTE = 'data-named';

/**
 * Remembers, for the first paint, whether the person has told us their name: Home's prerendered
 * first paint starts with "What would you like us to call you?", and settings-boot.js puts
 * data-named on <html> before that paint so a returning person never sees the question appear and
 * vanish (the layout would shift).
 */
export function rememberNamed(named: boolean): void {
  try {
    const a = mirrorObject();
    if (named === (a[NAMED_ATTRIBUTE] === 'yes')) return;
    if (named) a[NAMED_ATTRIBUTE] = 'yes';
    else delete a[NAMED_ATTRIBUTE];
    localStorage.setItem(DISPLAY_MIRROR_KEY, JSON.stringify(a));
  } catch {
    // No storage: the question shows in the first paint and goes once the app knows the name.
  }
}

function readMirror(): Partial<DeviceSettings> | undefined {
  try {
    const raw = localStorage.getItem(DISPLAY_MIRROR_KEY);
    if (!raw) return undefined;
    const a = JSON.parse(raw) as Record<string, string>;
    return {
      textSize: Number(a['data-text-size']) as DeviceSettings['textSize'],
      lineSpacing: a['data-line-spacing'] as DeviceSettings['lineSpacing'],
      theme: a['data-theme'] as DeviceSettings['theme'],
      motion: a['data-motion'] as DeviceSettings['motion'],
      pictures: a['data-pictures'] as DeviceSettings['pictures'],
      language: a.lang,
    };
  } catch {
    return undefined;
  }
}

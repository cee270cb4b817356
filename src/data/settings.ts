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
    localStorage.setItem(DISPLAY_MIRROR_KEY, JSON.stringify({ ...displayAttributes(s), lang: s.language }));
  } catch {
    // Private mode or a full disk: the settings still apply once the app has started.
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

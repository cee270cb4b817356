// Whether the live app's first render is the prerendered first paint in index.html (the app's
// first render with the default settings, before any data has loaded: src/app/prerender.tsx).
// When it is, the app hydrates that markup: no page of new elements built, no second paint.
// Otherwise (another address, or settings that change what is drawn) it replaces it, as before.
import { DEFAULT_SETTINGS, type DeviceSettings } from '../shared/settings';

export function matchesFirstPaint(path: string, settings: DeviceSettings): boolean {
  // Only these settings change the markup; the others are styles on <html> (settingsBoot.ts),
  // and the words are English until the person's language has loaded (i18n.ts).
  return (
    path === '/' &&
    settings.pictures === DEFAULT_SETTINGS.pictures &&
    settings.readAloud === DEFAULT_SETTINGS.readAloud
  );
}

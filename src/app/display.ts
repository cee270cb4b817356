import { displayAttributes, type DeviceSettings } from '../shared/settings';

/** Applies the display settings to <html>, where the CSS reads them. */
export function applyDisplay(settings: DeviceSettings): void {
  const html = document.documentElement;
  for (const [name, value] of Object.entries(displayAttributes(settings))) {
    if (html.getAttribute(name) !== value) html.setAttribute(name, value);
  }
}

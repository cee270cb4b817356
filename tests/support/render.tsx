import { render, type RenderResult } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { DEFAULT_SETTINGS, type DeviceSettings } from '../../src/shared/settings';
import { PreferencesContext } from '../../src/ui/preferences';

/** Renders with the person's settings (defaults unless given), as the app shell provides them. */
export function renderWithSettings(
  ui: ComponentChildren,
  settings: Partial<DeviceSettings> = {},
): RenderResult {
  return render(
    <PreferencesContext.Provider value={{ ...DEFAULT_SETTINGS, ...settings }}>
      {ui}
    </PreferencesContext.Provider>,
  );
}

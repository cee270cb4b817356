// Renders a feature screen as the app shell does: the person's settings, their own photos for
// pictures, and a location (for links back and route params).
import type { RenderResult } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import { PhotoProvider } from '../../src/app/PhotoProvider';
import { loadNamespaces } from '../../src/i18n/i18n';
import type { DeviceSettings } from '../../src/shared/settings';
import { renderWithSettings } from './render';

export async function renderScreen(
  ui: ComponentChildren,
  namespaces: string[],
  settings: Partial<DeviceSettings> = {},
): Promise<RenderResult> {
  await loadNamespaces(namespaces);
  return renderWithSettings(
    <PhotoProvider>
      <LocationProvider>{ui}</LocationProvider>
    </PhotoProvider>,
    settings,
  );
}

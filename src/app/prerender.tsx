// Build-time only: renders the home screen to HTML for index.html, so a cold start paints the
// first screen before any JavaScript runs (the network floor). Runs in Node via
// @preact/preset-vite's prerender; it must not touch the browser or the database.
import { prerender as ssr } from 'preact-iso';
import { initI18n } from '../i18n/i18n';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { FrameSlotsContext } from '../ui/PageFrame';
import { PreferencesContext } from '../ui/preferences';
import { CardsButton } from '../features/day/CardsButton';
import { HomeShell } from '../features/home/HomeShell';
import { SaveStatusView } from './SaveStatus';

export async function prerender() {
  initI18n('en');
  const { html } = await ssr(
    <PreferencesContext.Provider value={DEFAULT_SETTINGS}>
      <FrameSlotsContext.Provider
        value={{ status: <SaveStatusView />, headerActions: <CardsButton /> }}
      >
        <HomeShell />
      </FrameSlotsContext.Provider>
    </PreferencesContext.Provider>,
  );
  return { html, links: new Set<string>() };
}

// Start-up. The first screen is already painted from the prerendered index.html; this replaces it
// with the live app in the same task, so the person sees no flash.
import './zodJitless'; // first: before any zod schema is built
import './openDatabaseEarly'; // next: the database opens while the other modules run
import { markBoot } from '../shared/perf';
markBoot();

import { render } from 'preact';
import '../ui/styles/tokens.css';
import '../ui/styles/base.css';
import '../ui/styles/components.css';
import '../ui/styles/easyread.css';
import { initialSettings } from '../data';
import { initI18n } from '../i18n/i18n';
import { App, loadScreens } from './App';
import { readDebugSwitches } from './debugSwitches';
import { registerServiceWorker } from './serviceWorker';

// The build-time prerender loads the first screen's script too (it shares this module's chunk):
// the app starts only in a browser.
if (typeof window !== 'undefined') start();

function start() {
  const debug = readDebugSwitches(location.search);
  const settings = initialSettings();
  initI18n(settings.language);

  loadScreens();
  const root = document.getElementById('app')!;
  root.textContent = '';
  render(<App initialSettings={settings} />, root);

  // Not needed to show the first screen: the service worker registers once the browser is idle.
  const whenIdle = (work: () => void) =>
    'requestIdleCallback' in window
      ? requestIdleCallback(work, { timeout: 3000 })
      : setTimeout(work, 1);
  if (!debug.noServiceWorker) whenIdle(() => void registerServiceWorker());
  if (debug.reset) void import('./resetDevice').then((m) => m.offerReset());
  if (debug.perf) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        console.info(`[perf] ${e.name}: ${e.duration.toFixed(1)} ms`);
    }).observe({ type: 'measure', buffered: true });
  }
}

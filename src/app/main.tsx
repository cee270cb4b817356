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
import { App } from './App';
import { readDebugSwitches } from './debugSwitches';
import { registerServiceWorker } from './serviceWorker';

const debug = readDebugSwitches(location.search);
const settings = initialSettings();
initI18n(settings.language);

const root = document.getElementById('app')!;
root.textContent = '';
render(<App initialSettings={settings} />, root);

if (!debug.noServiceWorker) registerServiceWorker();
if (debug.reset) void import('./resetDevice').then((m) => m.offerReset());
if (debug.perf) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      console.info(`[perf] ${e.name}: ${e.duration.toFixed(1)} ms`);
  }).observe({ type: 'measure', buffered: true });
}

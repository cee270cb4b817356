// Start-up. The first screen is already painted from the prerendered index.html. The live app
// hydrates it when its first render is that same markup (firstPaint.ts): the elements on the
// screen stay and gain their handlers. Otherwise it replaces them in the same task, so the
// person sees no flash.
import './zodJitless'; // first: before any zod schema is built
import './openDatabaseEarly'; // next: the database opens while the other modules run
import { holdPartsUntilReady, markBoot, whenFirstScreenReady } from '../shared/perf';
markBoot();

import { hydrate, render } from 'preact';
import '../ui/styles/tokens.css';
import '../ui/styles/base.css';
import '../ui/styles/components.css';
import '../ui/styles/easyread.css';
import { initialSettings } from '../data/settings';
import { initI18n } from '../i18n/i18n';
import { afterFirstScreen } from './afterStart';
import { App, loadScreens } from './App';
import { readDebugSwitches } from './debugSwitches';
import { matchesFirstPaint } from './firstPaint';
import { registerServiceWorker } from './serviceWorker';

// The build-time prerender loads the first screen's script too (it shares this module's chunk):
// the app starts only in a browser. It starts in a task of its own, after the one that runs the
// modules: the prerendered page is already on the screen, and two tasks (at 4× CPU about 100–170
// ms each, not one of 230–355) let the browser paint and scroll between them.
if (typeof window !== 'undefined') setTimeout(start);

function start() {
  const debug = readDebugSwitches(location.search);
  const settings = initialSettings();
  initI18n(settings.language);

  // Home needs neither the table of the other screens nor preact/compat, nor its own other parts
  // at once: there they load once the person's name shows, as running them earlier held up Home's
  // first read of the database.
  if (location.pathname === '/') {
    holdPartsUntilReady();
    whenFirstScreenReady(loadScreens);
  } else loadScreens();
  const root = document.getElementById('app')!;
  const app = <App initialSettings={settings} />;
  try {
    if (matchesFirstPaint(location.pathname, settings)) hydrate(app, root);
    else {
      root.textContent = '';
      render(app, root);
    }
  } finally {
    // Shown even if drawing failed: an error page or Home, never a blank screen.
    delete document.documentElement.dataset.elsewhere;
  }

  // Not needed to show the first screen: the service worker registers after it.
  if (!debug.noServiceWorker) afterFirstScreen(() => void registerServiceWorker());
  if (debug.reset) void import('./resetDevice').then((m) => m.offerReset());
  if (debug.perf) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        console.info(`[perf] ${e.name}: ${e.duration.toFixed(1)} ms`);
    }).observe({ type: 'measure', buffered: true });
  }
}

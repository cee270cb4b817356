import { useEffect, useRef } from 'preact/hooks';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { exec } from 'preact-iso/router';
import { setBeforeClose } from '../data/db';
import { useSettings } from '../data/hooks';
import { ensureCurrentPlan } from '../data/plans';
import { loadWriteChecks } from '../data/records';
import { CardsButton } from '../features/day/CardsButton';
import { Home } from '../features/home/Home';
import { lockSettingsRead, lockState, watchLock } from '../features/lock/lockState';
import { useStore } from '../ui/useStore';
import { createStore } from '../shared/store';
import { Lazy } from '../ui/Lazy';
import { setLanguage } from '../i18n/i18n';
import { editingGuard } from '../ui/editingGuard';
import { FrameSlotsContext } from '../ui/PageFrame';
import { PreferencesContext } from '../ui/preferences';
import { PreloadContext } from '../ui/preload';
import type { DeviceSettings } from '../shared/settings';
import { afterFirstScreen } from './afterStart';
import { AppErrorBoundary } from './AppErrorBoundary';
import { AppNotices } from './AppNotices';
import { applyDisplay } from './display';
import { NotFound } from '../ui/NotFound';
import { PhotoProvider } from './PhotoProvider';
import { preloadOnIntent, preloadScreen } from './preloadLinks';
import { saveOnLeave } from './saveOnLeave';
import type { Screen } from './routes';
import { SaveStatus } from './SaveStatus';

// Every screen but Home loads with its own code; the table of them loads straight away beside the
// first screen (it is precached), so its ~60 entries are not part of the first screen's script.
// preact/compat (react-aria's React) loads beside it too: Home's first render does not need it,
// and every other screen waits for it, so each renders as it did when compat came first.
// Started by main.tsx, not here: the build-time prerender imports this module too.
const screensLoaded = createStore<Screen[] | null>(null);
export function loadScreens(): void {
  void Promise.all([import('./routes'), import('preact/compat')]).then(([m]) =>
    screensLoaded.set(m.screens),
  );
}

/**
 * An address no screen has: "This page is not here", once the table of screens is there. While a
 * screen's own code is still loading, the router keeps showing this in its place: an address a
 * screen has shows nothing meanwhile, not "We cannot find this page" for a moment.
 */
function NoScreen() {
  const screens = useStore(screensLoaded);
  const { path } = useLocation();
  if (!screens || screens.some((s) => exec(path, s.path) !== undefined)) return null;
  return <NotFound />;
}

// "My cards" is in the header of every screen, so the communication cards are one tap away on the
// day of the review, whatever the person is doing.
const slots = { status: <SaveStatus />, notices: <AppNotices />, headerActions: <CardsButton /> };

export function App({ initialSettings }: { initialSettings: DeviceSettings }) {
  const stored = useSettings();
  const settings = stored ?? initialSettings;
  const lock = useRef(settings.lock);
  lock.current = settings.lock;
  const { locked } = useStore(lockState);
  const screens = useStore(screensLoaded);

  useEffect(() => {
    void ensureCurrentPlan();
    // Words typed just before this page last closed, not yet saved then (a few, or none: their
    // code loads now rather than with the first screen's script). If it cannot load, the words
    // stay where they are kept until the next start.
    void import('../data/drafts').then((m) => m.saveLeftDrafts()).catch(() => undefined);
    // Before another tab's upgrade closes our database, save the words still being typed.
    setBeforeClose(() => editingGuard.flushAll());
    const stopSaving = saveOnLeave(() => editingGuard.flushAll());
    const stopLock = watchLock(() => lock.current);
    const stopPreload = preloadOnIntent();
    // The sync engine (and the schemas that check what the server says) loads after the first
    // screen: the person can start before it arrives, and it is in the precache when offline.
    // The checks a write makes load then too (a write made sooner waits for them).
    let stopSync: (() => void) | undefined;
    let stopped = false;
    const cancelLater = afterFirstScreen(() => {
      void loadWriteChecks();
      void import('../sync').then((sync) => {
        if (!stopped) stopSync = sync.startSync();
      });
    });
    return () => {
      stopped = true;
      cancelLater();
      stopSaving();
      stopLock();
      stopPreload();
      stopSync?.();
    };
  }, []);

  useEffect(() => {
    if (stored) lockSettingsRead(stored.lock);
  }, [stored]);

  // Until it is unlocked, a locked app shows nothing behind the lock (styles in base.css).
  useEffect(() => {
    if (locked) delete document.documentElement.dataset.unlocked;
    else document.documentElement.dataset.unlocked = '';
  }, [locked]);

  useEffect(() => {
    applyDisplay(settings);
    if (document.documentElement.lang !== settings.language) void setLanguage(settings.language);
  }, [settings]);

  return (
    <PreferencesContext.Provider value={settings}>
      {locked && (
        <Lazy
          load={() => import('../features/lock/LockScreen').then((m) => m.default)}
          props={{ lock: settings.lock }}
          fallback={<div class="lock-screen" />}
        />
      )}
      <PhotoProvider>
        <PreloadContext.Provider value={preloadScreen}>
          <FrameSlotsContext.Provider value={slots}>
            <LocationProvider>
              {/* Locked, the app stays as it was behind the lock (typed words too), out of reach. */}
              <div class="app-content" inert={locked}>
                <AppErrorBoundary>
                  <Router>
                    <Route path="/" component={Home} />
                    {(screens ?? []).map((s) => (
                      <Route key={s.path} path={s.path} component={s.component} />
                    ))}
                    <Route default component={NoScreen} />
                  </Router>
                </AppErrorBoundary>
              </div>
            </LocationProvider>
          </FrameSlotsContext.Provider>
        </PreloadContext.Provider>
      </PhotoProvider>
    </PreferencesContext.Provider>
  );
}

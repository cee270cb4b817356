import { useEffect } from 'preact/hooks';
import { LocationProvider, Route, Router } from 'preact-iso';
import {
  ensureCurrentPlan,
  loadWriteChecks,
  saveLeftDrafts,
  setBeforeClose,
  useSettings,
} from '../data';
import { CardsButton } from '../features/day/CardsButton';
import { Home } from '../features/home/Home';
import { setLanguage } from '../i18n/i18n';
import { editingGuard } from '../ui/editingGuard';
import { FrameSlotsContext } from '../ui/PageFrame';
import { PreferencesContext } from '../ui/preferences';
import type { DeviceSettings } from '../shared/settings';
import { AppErrorBoundary } from './AppErrorBoundary';
import { AppNotices } from './AppNotices';
import { applyDisplay } from './display';
import { NotFound } from '../ui/NotFound';
import { PhotoProvider } from './PhotoProvider';
import { saveOnLeave } from './saveOnLeave';
import { screens } from './routes';
import { SaveStatus } from './SaveStatus';

// "My cards" is in the header of every screen, so the communication cards are one tap away on the
// day of the review, whatever the person is doing.
const slots = { status: <SaveStatus />, notices: <AppNotices />, headerActions: <CardsButton /> };

export function App({ initialSettings }: { initialSettings: DeviceSettings }) {
  const settings = useSettings() ?? initialSettings;

  useEffect(() => {
    void ensureCurrentPlan();
    // Words typed just before this page last closed, not yet saved then.
    void saveLeftDrafts();
    // Before another tab's upgrade closes our database, save the words still being typed.
    setBeforeClose(() => editingGuard.flushAll());
    const stopSaving = saveOnLeave(() => editingGuard.flushAll());
    // The sync engine (and the schemas that check what the server says) loads after the first
    // screen: the person can start before it arrives, and it is in the precache when offline.
    let stopSync: (() => void) | undefined;
    let stopped = false;
    void loadWriteChecks();
    void import('../sync').then((sync) => {
      if (!stopped) stopSync = sync.startSync();
    });
    return () => {
      stopped = true;
      stopSaving();
      stopSync?.();
    };
  }, []);

  useEffect(() => {
    applyDisplay(settings);
    if (document.documentElement.lang !== settings.language) void setLanguage(settings.language);
  }, [settings]);

  return (
    <PreferencesContext.Provider value={settings}>
      <PhotoProvider>
        <FrameSlotsContext.Provider value={slots}>
          <LocationProvider>
            <AppErrorBoundary>
              <Router>
                <Route path="/" component={Home} />
                {screens.map((s) => (
                  <Route key={s.path} path={s.path} component={s.component} />
                ))}
                <Route default component={NotFound} />
              </Router>
            </AppErrorBoundary>
          </LocationProvider>
        </FrameSlotsContext.Provider>
      </PhotoProvider>
    </PreferencesContext.Provider>
  );
}

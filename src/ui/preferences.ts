import { createContext } from 'preact';
import { DEFAULT_SETTINGS, type DeviceSettings } from '../shared/settings';

/** The person's settings, provided by the app shell; the kit reads them but never stores them. */
export const PreferencesContext = createContext<DeviceSettings>(DEFAULT_SETTINGS);

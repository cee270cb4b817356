import type { DeviceSettings } from '../../shared/settings';

/** How a settings section asks for a change (the page saves it). */
export type ChangeSetting = (patch: Partial<DeviceSettings>) => void;

// Device settings: how this tablet shows and reads things. They stay on the device (a shared
// family tablet may be set up for one person, a supporter's phone for another), so they are not
// records and never sync.

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const LINE_SPACINGS = ['normal', 'wide', 'wider'] as const;
export const THEMES = ['standard', 'contrast', 'dark'] as const;
export const PICTURE_MODES = ['symbols', 'photos', 'both', 'none'] as const;
export const MOTION_MODES = ['system', 'reduce'] as const;
export const SPEECH_RATES = [0.7, 0.85, 1, 1.2] as const;
/** How long My Review may be left (hidden) before it locks, in minutes. 0: as soon as it is left. */
export const LOCK_AFTER = [0, 1, 5, 15, 60] as const;

/**
 * "Lock My Review when I leave it", for a shared tablet. The picture code is kept only as a salted
 * hash; the tablet's own lock is a passkey kept on this device (its id only is stored here).
 */
export interface LockSettings {
  on: boolean;
  afterMinutes: (typeof LOCK_AFTER)[number];
  method: 'device' | 'pictures';
  /** base64url id of the platform credential that unlocks, for method 'device'. */
  credentialId: string;
  /** "salt:hash" (hex, PBKDF2-SHA-256) of the four pictures in order, for method 'pictures'. */
  pictureCode: string;
}

export const LOCK_OFF: LockSettings = {
  on: false,
  afterMinutes: 5,
  method: 'pictures',
  credentialId: '',
  pictureCode: '',
};

export interface DeviceSettings {
  textSize: (typeof TEXT_SIZES)[number];
  lineSpacing: (typeof LINE_SPACINGS)[number];
  theme: (typeof THEMES)[number];
  pictures: (typeof PICTURE_MODES)[number];
  motion: (typeof MOTION_MODES)[number];
  readAloud: boolean;
  voice: string; // a SpeechSynthesisVoice.voiceURI, or '' for the device's default voice
  speechRate: (typeof SPEECH_RATES)[number];
  language: string;
  lock: LockSettings;
}

export const DEFAULT_SETTINGS: DeviceSettings = {
  textSize: 100,
  lineSpacing: 'normal',
  theme: 'standard',
  pictures: 'symbols',
  motion: 'system',
  readAloud: true,
  voice: '',
  speechRate: 0.85,
  language: 'en',
  lock: LOCK_OFF,
};

function oneOf<T>(list: readonly T[], value: unknown, fallback: T): T {
  return list.includes(value as T) ? (value as T) : fallback;
}

/** Reads settings from storage defensively: an old or damaged value never breaks the app. */
export function normaliseSettings(raw: unknown): DeviceSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    textSize: oneOf(TEXT_SIZES, r.textSize, d.textSize),
    lineSpacing: oneOf(LINE_SPACINGS, r.lineSpacing, d.lineSpacing),
    theme: oneOf(THEMES, r.theme, d.theme),
    pictures: oneOf(PICTURE_MODES, r.pictures, d.pictures),
    motion: oneOf(MOTION_MODES, r.motion, d.motion),
    readAloud: typeof r.readAloud === 'boolean' ? r.readAloud : d.readAloud,
    voice: typeof r.voice === 'string' ? r.voice.slice(0, 300) : d.voice,
    speechRate: oneOf(SPEECH_RATES, r.speechRate, d.speechRate),
    language:
      typeof r.language === 'string' && /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(r.language)
        ? r.language
        : d.language,
    lock: normaliseLock(r.lock),
  };
}

function normaliseLock(raw: unknown): LockSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const method = r.method === 'device' ? 'device' : 'pictures';
  const credentialId =
    typeof r.credentialId === 'string' && /^[\w-]{16,1400}$/.test(r.credentialId)
      ? r.credentialId
      : '';
  const pictureCode =
    typeof r.pictureCode === 'string' && /^[0-9a-f]{32}:[0-9a-f]{64}$/.test(r.pictureCode)
      ? r.pictureCode
      : '';
  // A lock with no way to open it would shut the person out: it is off unless its key is kept.
  const usable = method === 'device' ? !!credentialId : !!pictureCode;
  return {
    on: r.on === true && usable,
    afterMinutes: oneOf(LOCK_AFTER, r.afterMinutes, LOCK_OFF.afterMinutes),
    method,
    credentialId,
    pictureCode,
  };
}

/**
 * The settings that change how the page looks, as attributes on <html>. src/app/settingsBoot.ts
 * applies the same attributes from a copy in localStorage before the first paint, so a person who
 * needs 200% text never sees a flash of small text. Keep the two in step (a unit test checks).
 */
export function displayAttributes(s: DeviceSettings): Record<string, string> {
  return {
    'data-text-size': String(s.textSize),
    'data-line-spacing': s.lineSpacing,
    'data-theme': s.theme,
    'data-motion': s.motion,
    'data-pictures': s.pictures,
    // Before the first paint, so a locked plan is never shown, not even for a moment.
    'data-lock': s.lock.on ? 'on' : 'off',
  };
}

export const DISPLAY_MIRROR_KEY = 'my-review.display';

// Device settings: how this tablet shows and reads things. They stay on the device (a shared
// family tablet may be set up for one person, a supporter's phone for another), so they are not
// records and never sync.

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const LINE_SPACINGS = ['normal', 'wide', 'wider'] as const;
export const THEMES = ['standard', 'contrast', 'dark'] as const;
export const PICTURE_MODES = ['symbols', 'photos', 'both', 'none'] as const;
export const MOTION_MODES = ['system', 'reduce'] as const;
export const SPEECH_RATES = [0.7, 0.85, 1, 1.2] as const;

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
  };
}

export const DISPLAY_MIRROR_KEY = 'my-review.display';

import { useT } from '../../i18n/useT';
import { ChoiceCards } from '../../ui/ChoiceCards';
import { Checkbox } from '../../ui/Checkbox';
import {
  LINE_SPACINGS,
  PICTURE_MODES,
  TEXT_SIZES,
  THEMES,
  type DeviceSettings,
} from '../../shared/settings';
import type { SymbolId } from '../../content/symbols';
import type { ChangeSetting } from './SettingsPage';

const THEME_SYMBOLS: Record<DeviceSettings['theme'], SymbolId> = {
  standard: 'theme-standard',
  contrast: 'theme-contrast',
  dark: 'theme-dark',
};
const PICTURE_SYMBOLS: Record<DeviceSettings['pictures'], SymbolId> = {
  symbols: 'pictures',
  photos: 'photo',
  both: 'pictures',
  none: 'no-pictures',
};

/** Text size, line spacing, colours, pictures and movement: applied the moment they are picked. */
export function LookSettings({
  settings,
  change,
}: {
  settings: DeviceSettings;
  change: ChangeSetting;
}) {
  const t = useT();
  return (
    <>
      <ChoiceCards
        label={t('settings:textSize.label')}
        value={String(settings.textSize)}
        onChange={(v) => change({ textSize: Number(v) as DeviceSettings['textSize'] })}
        choices={TEXT_SIZES.map((size) => ({
          value: String(size),
          label: t(`settings:textSize.options.${size}`),
          hint: t('settings:textSize.percent', { size }),
          symbol: 'text-size' as const,
        }))}
      />
      <ChoiceCards
        label={t('settings:lineSpacing.label')}
        value={settings.lineSpacing}
        onChange={(v) => change({ lineSpacing: v })}
        choices={LINE_SPACINGS.map((s) => ({
          value: s,
          label: t(`settings:lineSpacing.options.${s}`),
          symbol: 'line-spacing' as const,
        }))}
      />
      <ChoiceCards
        label={t('settings:theme.label')}
        value={settings.theme}
        onChange={(v) => change({ theme: v })}
        choices={THEMES.map((theme) => ({
          value: theme,
          label: t(`settings:theme.options.${theme}`),
          symbol: THEME_SYMBOLS[theme],
        }))}
      />
      <ChoiceCards
        label={t('settings:pictures.label')}
        description={t('settings:pictures.hint')}
        value={settings.pictures}
        onChange={(v) => change({ pictures: v })}
        columns={4}
        choices={PICTURE_MODES.map((mode) => ({
          value: mode,
          label: t(`settings:pictures.options.${mode}`),
          symbol: PICTURE_SYMBOLS[mode],
        }))}
      />
      <h2>{t('settings:motion.title')}</h2>
      <Checkbox
        isSelected={settings.motion === 'reduce'}
        onChange={(on) => change({ motion: on ? 'reduce' : 'system' })}
        hint={t('settings:motion.reduceHint')}
      >
        {t('settings:motion.reduce')}
      </Checkbox>
    </>
  );
}

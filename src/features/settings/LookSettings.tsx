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
import { LinkButton } from '../../ui/LinkButton';
import { Picture } from '../../ui/Picture';
import { MY_PHOTOS_PATH } from '../pictures/paths';
import type { ChangeSetting } from './changeSetting';
import './settings.css';

const THEME_SYMBOLS: Record<DeviceSettings['theme'], SymbolId> = {
  standard: 'theme-standard',
  contrast: 'theme-contrast',
  dark: 'theme-dark',
};
// One picture per choice, never shared in a group: a shared picture says two choices are the
// same. Text sizes need no picture: each shows its words at that size.
const PICTURE_SYMBOLS: Record<DeviceSettings['pictures'], SymbolId> = {
  symbols: 'pictures',
  photos: 'my-photos',
  both: 'photo',
  none: 'no-pictures',
};

/** A group's label with its picture: the picture says what the group is about. */
function Titled({ symbol, children }: { symbol: SymbolId; children: string }) {
  return (
    <span class="choices__titled">
      <Picture symbol={symbol} alt="" size="small" />
      {children}
    </span>
  );
}

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
        label={<Titled symbol="text-size">{t('settings:textSize.label')}</Titled>}
        value={String(settings.textSize)}
        onChange={(v) => change({ textSize: Number(v) as DeviceSettings['textSize'] })}
        columns={2}
        choices={TEXT_SIZES.map((size) => ({
          value: String(size),
          label: t(`settings:textSize.options.${size}`),
          hint: t('settings:textSize.percent', { size }),
          labelClass: `text-preview text-preview--${size}`,
        }))}
      />
      <ChoiceCards
        label={<Titled symbol="line-spacing">{t('settings:lineSpacing.label')}</Titled>}
        value={settings.lineSpacing}
        onChange={(v) => change({ lineSpacing: v })}
        choices={LINE_SPACINGS.map((s) => ({
          value: s,
          label: t(`settings:lineSpacing.options.${s}`),
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
      {(settings.pictures === 'photos' || settings.pictures === 'both') && (
        <div class="button-row">
          <LinkButton href={MY_PHOTOS_PATH} symbol="my-photos">
            {t('settings:pictures.addPhotos')}
          </LinkButton>
        </div>
      )}
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

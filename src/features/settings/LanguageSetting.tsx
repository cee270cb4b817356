import { useT } from '../../i18n/useT';
import { LANGUAGES } from '../../i18n/languages';
import { Select } from '../../ui/Select';
import type { DeviceSettings } from '../../shared/settings';
import type { ChangeSetting } from './changeSetting';

export function LanguageSetting({
  settings,
  change,
}: {
  settings: DeviceSettings;
  change: ChangeSetting;
}) {
  const t = useT();
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t('settings:language.title')}</h2>
      <Select
        label={t('settings:language.label')}
        options={LANGUAGES.map((l) => ({ id: l.code, label: l.name }))}
        value={settings.language}
        onChange={(language) => change({ language })}
      />
    </section>
  );
}

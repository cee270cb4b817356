import { saveSettings, useSettings } from '../../data';
import { useT } from '../../i18n/useT';
import { PageFrame } from '../../ui/PageFrame';
import type { ChangeSetting } from './changeSetting';
import { LanguageSetting } from './LanguageSetting';
import { LookSettings } from './LookSettings';
import { MyDataLink } from './MyDataLink';
import { ReadAloudSettings } from './ReadAloudSettings';
import { StorageUse } from './StorageUse';
import { LockSetup } from '../lock/LockSetup';

export default function SettingsPage() {
  const t = useT();
  const settings = useSettings();
  const change: ChangeSetting = (patch) => void saveSettings(patch).catch(() => undefined);
  return (
    <PageFrame title={t('settings:title')} symbol="settings" lede={t('settings:lede')}>
      <p>{t('settings:savedNote')}</p>
      {settings && (
        <>
          <LookSettings settings={settings} change={change} />
          <ReadAloudSettings settings={settings} change={change} />
          <LanguageSetting settings={settings} change={change} />
          <LockSetup settings={settings} />
        </>
      )}
      <StorageUse />
      <MyDataLink />
    </PageFrame>
  );
}

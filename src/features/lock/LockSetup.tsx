import { useEffect, useState } from 'preact/hooks';
import { saveSettings } from '../../data';
import { useNamespaces } from '../../i18n/useNamespaces';
import { useT } from '../../i18n/useT';
import { LOCK_AFTER, LOCK_OFF, type DeviceSettings } from '../../shared/settings';
import { Button } from '../../ui/Button';
import { ChoiceCards } from '../../ui/ChoiceCards';
import { LiveStatus } from '../../ui/LiveStatus';
import { createDeviceKey, deviceUnlockAvailable } from './deviceKey';
import { hashPictureCode, type CodePicture } from './pictureCode';
import { PictureCodePad } from './PictureCodePad';

type Stage =
  | { kind: 'idle' }
  | { kind: 'method' }
  | { kind: 'choose' }
  | { kind: 'confirm'; first: CodePicture[] };

/** Settings → "Lock My Review": off by default; on with the tablet's lock or a picture code. */
export function LockSetup({ settings }: { settings: DeviceSettings }) {
  const ready = useNamespaces(['lock']);
  const t = useT();
  const lock = settings.lock;
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [note, setNote] = useState<string | null>(null);
  const [deviceCan, setDeviceCan] = useState<boolean | null>(null);
  useEffect(() => void deviceUnlockAvailable().then(setDeviceCan), []);
  if (!ready) return null;

  // The words "The lock is on" come only after the setting is really saved.
  const save = async (patch: Partial<typeof lock>, said: string) => {
    await saveSettings({ lock: { ...lock, ...patch } });
    setStage({ kind: 'idle' });
    setNote(said);
  };
  const setUpDevice = async () => {
    setNote(null);
    try {
      const credentialId = await createDeviceKey(t('lock:settings.title'));
      await save({ on: true, method: 'device', credentialId }, t('lock:settings.saved'));
    } catch {
      setNote(t('lock:settings.deviceFailed'));
    }
  };
  const codeTapped = async (code: CodePicture[]) => {
    if (stage.kind === 'choose') return setStage({ kind: 'confirm', first: code });
    if (stage.kind !== 'confirm') return;
    if (code.join() !== stage.first.join()) {
      setNote(t('lock:settings.mismatch'));
      return setStage({ kind: 'choose' });
    }
    await save(
      { on: true, method: 'pictures', pictureCode: await hashPictureCode(code) },
      t('lock:settings.saved'),
    );
  };

  return (
    <section aria-labelledby="lock-settings-title">
      <h2 id="lock-settings-title">{t('lock:settings.title')}</h2>
      <p>{t('lock:settings.lede')}</p>
      <p>{t('lock:settings.notTabletLock')}</p>
      <LiveStatus>{note ?? ''}</LiveStatus>
      {lock.on ? (
        <>
          <ChoiceCards
            label={t('lock:settings.after')}
            value={String(lock.afterMinutes)}
            onChange={(v) =>
              void saveSettings({
                lock: { ...lock, afterMinutes: Number(v) as (typeof LOCK_AFTER)[number] },
              })
            }
            columns={3}
            choices={LOCK_AFTER.map((m) => ({
              value: String(m),
              label: t(`lock:settings.afterOptions.${m}`),
              symbol: m === 0 ? 'lock' : 'clock',
            }))}
          />
          <Button
            variant="secondary"
            symbol="unlock"
            onPress={() => void save(LOCK_OFF, t('lock:settings.off'))}
          >
            {t('lock:settings.turnOff')}
          </Button>
        </>
      ) : stage.kind === 'idle' ? (
        <>
          <p>{t('lock:settings.onHint')}</p>
          <Button symbol="lock" onPress={() => setStage({ kind: 'method' })}>
            {t('lock:settings.on')}
          </Button>
        </>
      ) : stage.kind === 'method' ? (
        <>
          <ChoiceCards
            label={t('lock:settings.how')}
            value={null}
            onChange={(m) => (m === 'device' ? void setUpDevice() : setStage({ kind: 'choose' }))}
            columns={2}
            choices={[
              ...(deviceCan
                ? [
                    {
                      value: 'device' as const,
                      label: t('lock:settings.methods.device'),
                      hint: t('lock:settings.methods.deviceHint'),
                      symbol: 'key' as const,
                    },
                  ]
                : []),
              {
                value: 'pictures' as const,
                label: t('lock:settings.methods.pictures'),
                hint: t('lock:settings.methods.picturesHint'),
                symbol: 'pictures' as const,
              },
            ]}
          />
          {deviceCan === false && <p>{t('lock:settings.noDeviceLock')}</p>}
        </>
      ) : (
        <>
          <p>{stage.kind === 'choose' ? t('lock:settings.choose') : t('lock:settings.confirm')}</p>
          <PictureCodePad
            key={stage.kind}
            label={stage.kind === 'choose' ? t('lock:settings.choose') : t('lock:settings.confirm')}
            onComplete={(code) => void codeTapped(code)}
          />
        </>
      )}
    </section>
  );
}

import { useContext } from 'preact/hooks';
import { saveSettings } from '../../data';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PreferencesContext } from '../../ui/preferences';

/**
 * Photos show only when the picture setting allows them. Where the person has added photos but
 * the setting hides them, say so and offer to show them, rather than leave them wondering.
 */
export function PhotosHiddenNotice({ hasPhotos }: { hasPhotos: boolean }) {
  const t = useT();
  const { pictures } = useContext(PreferencesContext);
  if (!hasPhotos || pictures === 'photos' || pictures === 'both') return null;
  return (
    <Notice title={t('pictures:myPhotos.hidden')}>
      <Button
        variant="secondary"
        symbol="photo"
        onPress={() => void saveSettings({ pictures: 'photos' }).catch(() => undefined)}
      >
        {t('pictures:myPhotos.show')}
      </Button>
    </Notice>
  );
}

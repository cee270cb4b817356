import { saveSettings } from '../../data';
import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

/** Settings show symbols only, so the person's own photos are hidden: one tap shows them again. */
export function PhotosHidden() {
  const t = useT();
  return (
    <Notice title={t('pictures:myPhotos.hidden')}>
      <Button
        variant="secondary"
        symbol="photo"
        onPress={() => void saveSettings({ pictures: 'photos' })}
      >
        {t('pictures:myPhotos.show')}
      </Button>
    </Notice>
  );
}

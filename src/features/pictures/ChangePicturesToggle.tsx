import { useT } from '../../i18n/useT';
import { Button } from '../../ui/Button';

/** Shows or hides a "Change this picture" button under each picture on the screen. */
export function ChangePicturesToggle({
  on,
  onChange,
}: {
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  const t = useT();
  return (
    <div class="button-row no-print">
      <Button variant="secondary" symbol="photo" onPress={() => onChange(!on)}>
        {on ? t('pictures:change.toggleOff') : t('pictures:change.toggle')}
      </Button>
    </div>
  );
}

import { useT } from '../../../i18n/useT';
import { Button } from '../../../ui/Button';

/** Opens the tablet's print screen, where the person can print or save the page as a file. */
export function PrintButton({ label }: { label?: string }) {
  const t = useT();
  return (
    <div class="button-row no-print">
      <Button symbol="print" onPress={() => window.print()}>
        {label ?? t('planner:print.print')}
      </Button>
    </div>
  );
}

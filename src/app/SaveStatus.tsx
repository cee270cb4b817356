import { useT } from '../i18n/useT';
import { Picture } from '../ui/Picture';
import { LiveStatus } from '../ui/LiveStatus';

/** Where the person's work is, in words, on every screen. The sync issue adds server states. */
export function SaveStatus() {
  const t = useT();
  return (
    <LiveStatus class="save-status">
      <Picture symbol="tick" alt="" size="icon" />
      <span>{t('common:status.local')}</span>
    </LiveStatus>
  );
}

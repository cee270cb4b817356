import { useT } from '../../i18n/useT';
import type { Permission } from '../../shared/sharing';
import { Picture } from '../../ui/Picture';
import { PERMISSION_SYMBOL } from './words';

/** What someone may see and do, a picture for each. */
export function PermissionList(props: { permissions: readonly Permission[]; none: string }) {
  const t = useT();
  if (props.permissions.length === 0) return <p>{props.none}</p>;
  return (
    <ul class="sharing-list">
      {props.permissions.map((p) => (
        <li key={p} class="status-line">
          <Picture symbol={PERMISSION_SYMBOL[p]} alt="" size="icon" />
          <span>{t(`sharing:permissions.${p}`)}</span>
        </li>
      ))}
    </ul>
  );
}

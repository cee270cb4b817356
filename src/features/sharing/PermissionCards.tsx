import { useT } from '../../i18n/useT';
import { PERMISSIONS, type Permission } from '../../shared/sharing';
import { CheckCards } from '../../ui/CheckCards';
import { PERMISSION_SYMBOL } from './words';

/** Picture cards for what someone may see and do (the one table in src/shared/sharing.ts). */
export function PermissionCards(props: {
  selected: Permission[];
  onChange: (next: Permission[]) => void;
}) {
  const t = useT();
  return (
    <CheckCards
      label={t('sharing:invite.what')}
      options={PERMISSIONS.map((p) => ({
        value: p,
        label: t(`sharing:permissions.${p}`),
        symbol: PERMISSION_SYMBOL[p],
      }))}
      selected={props.selected}
      onChange={(value, on) =>
        props.onChange(PERMISSIONS.filter((p) => (p === value ? on : props.selected.includes(p))))
      }
      columns={3}
    />
  );
}

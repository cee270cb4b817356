// One audit line in easy words: "Alex (supporter) changed your answers and your feedback."
import type { TFunction } from 'i18next';
import type { SymbolId } from '../../content/symbols';
import type { AuditEntry, AuditKind } from '../../shared/protocol';

export const KIND_SYMBOL: Record<AuditKind, SymbolId> = {
  joined: 'handshake',
  left: 'door',
  removed: 'remove',
  looked: 'tablet',
  changed: 'pencil',
  sent: 'email',
  opened: 'letter',
};

function who(t: TFunction, entry: AuditEntry): string {
  if (entry.who.role === 'owner') return t('audit:you');
  const role = t(`audit:roles.${entry.who.role ?? 'gone'}`);
  return entry.who.name
    ? t('audit:named', { name: entry.who.name, role })
    : t('audit:someone', { role });
}

function list(t: TFunction, words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${t('audit:and')} ${words.at(-1)}`;
}

export function auditLine(t: TFunction, entry: AuditEntry): string {
  if (entry.delivery) {
    // The professional is no member of the plan: they are named as the person sent it to them.
    const { item, toName, toRole } = entry.delivery;
    const to = t('audit:named', { name: toName, role: t(`audit:professionals.${toRole}`) });
    const what = t(`audit:items.${item}`);
    return entry.kind === 'opened'
      ? t('audit:kinds.opened', { who: to, what })
      : t('audit:kinds.sent', { who: who(t, entry), to, what });
  }
  const name = who(t, entry);
  if (entry.kind === 'changed') {
    if (entry.areas.length === 0) return t('audit:kinds.changedSome', { who: name });
    const areas = list(
      t,
      entry.areas.map((a) => t(`audit:areas.${a}`)),
    );
    return t('audit:kinds.changed', { who: name, areas });
  }
  return t(`audit:kinds.${entry.kind}`, { who: name });
}

import type { TFunction } from 'i18next';
import type { Contact } from './contacts';

type T = TFunction;

/** The role in words: the person's own for "other", otherwise the plain-language role. */
export function roleName(t: T, c: Pick<Contact, 'role' | 'roleOther'>): string {
  if (c.role === 'other' && c.roleOther) return c.roleOther;
  return c.role ? t(`afterTeam:roles.${c.role}`) : '';
}

/** The name to show and say: the person's name, or their role when there is no name yet. */
export function displayName(t: T, c: Pick<Contact, 'name' | 'role' | 'roleOther'>): string {
  return c.name || roleName(t, c) || t('afterTeam:noName');
}

// Pictures for the roles and permissions of src/shared/sharing.ts: one table of permissions, here
// only given a picture each, so what the person is shown is what the server applies.
import type { SymbolId } from '../../content/symbols';
import type { InvitedRole } from '../../shared/invitations';
import type { Permission } from '../../shared/sharing';
import { ApiError, OfflineError } from '../../sync';

export const ROLE_SYMBOL: Record<InvitedRole, SymbolId> = {
  supporter: 'supporter',
  family: 'family',
  viewer: 'advocate',
};

export const PERMISSION_SYMBOL: Record<Permission, SymbolId> = {
  seeAnswers: 'questions',
  writeAnswers: 'pencil',
  seeMedia: 'photo',
  seeWhoIsComing: 'people',
  helpFeedback: 'feedback',
  helpActionsDiary: 'clipboard-list',
};

/** The words key for a failed change: the connection, a consent still needed, or anything else. */
export function errorKey(error: unknown): string {
  if (error instanceof OfflineError) return 'sharing:errors.offline';
  if (error instanceof ApiError && error.code === 'consent_needed')
    return 'sharing:errors.consentNeeded';
  if (error instanceof ApiError && error.code === 'age_needed') return 'sharing:errors.ageNeeded';
  return 'sharing:errors.failed';
}

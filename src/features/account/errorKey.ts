import { ApiError, OfflineError } from '../../sync';

/** The words for a failed sign-in step: what happened and what to do next. */
export function errorKey(error: unknown): string {
  if (error instanceof OfflineError) return 'account:errors.offline';
  if (error instanceof ApiError) {
    if (error.code === 'code_wrong') return 'account:errors.codeWrong';
    if (error.code === 'code_expired') return 'account:errors.codeExpired';
    if (error.code === 'too_many') return 'account:errors.tooMany';
    if (error.code === 'passkey_unknown') return 'account:errors.passkeyUnknown';
    if (error.code === 'passkey_failed') return 'account:errors.passkeyFailed';
  }
  return 'account:errors.other';
}

// Passkeys in the browser (@simplewebauthn/browser). Loaded only by the account screens.
import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  WebAuthnError,
} from '@simplewebauthn/browser';
import type { Account } from '../shared/auth';
import {
  finishPasskeyLogin,
  finishPasskeyRegistration,
  passkeyLoginOptions,
  passkeyRegistrationOptions,
  type SyncContext,
} from './session';

/**
 * Passkeys belong to a domain name: a page opened by IP address (http://127.0.0.1, a LAN address)
 * cannot have one, so the code by email is offered alone there.
 */
export function passkeysSupported(): boolean {
  const host = location.hostname;
  const ipAddress = /^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[');
  return browserSupportsWebAuthn() && !ipAddress;
}

/** The person closed the passkey window or chose not to: not an error to shout about. */
export function isPasskeyCancelled(error: unknown): boolean {
  if (error instanceof WebAuthnError)
    return error.code === 'ERROR_CEREMONY_ABORTED' || error.name === 'NotAllowedError';
  return error instanceof Error && error.name === 'NotAllowedError';
}

type OptionsOf<F> = F extends (o: { optionsJSON: infer O }) => unknown ? O : never;

export async function signInWithPasskey(ctx: SyncContext): Promise<Account> {
  const { challengeId, options } = await passkeyLoginOptions(ctx);
  const response = await startAuthentication({
    optionsJSON: options as unknown as OptionsOf<typeof startAuthentication>,
  });
  return finishPasskeyLogin(ctx, challengeId, response);
}

export async function addPasskey(ctx: SyncContext): Promise<Account> {
  const { challengeId, options } = await passkeyRegistrationOptions(ctx);
  const response = await startRegistration({
    optionsJSON: options as unknown as OptionsOf<typeof startRegistration>,
  });
  return finishPasskeyRegistration(ctx, challengeId, response);
}

// Unlocking with the tablet's own screen lock, fingerprint or face: a passkey made on and kept in
// this device (a WebAuthn platform credential that requires user verification). Nothing is sent to
// a server: the lock keeps the plan from other people using the tablet, and the check happens here.
// @simplewebauthn/browser does the WebAuthn calls (already used for signing in).
import { startAuthentication, startRegistration } from '@simplewebauthn/browser';

type RegistrationOptions = Parameters<typeof startRegistration>[0]['optionsJSON'];
type AuthenticationOptions = Parameters<typeof startAuthentication>[0]['optionsJSON'];

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const challenge = () => b64url(crypto.getRandomValues(new Uint8Array(32)));

/** Whether this device can unlock with its own screen lock. */
export async function deviceUnlockAvailable(): Promise<boolean> {
  try {
    return (
      typeof PublicKeyCredential !== 'undefined' &&
      (await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable())
    );
  } catch {
    return false;
  }
}

/** Makes the device key; returns its id to keep in the settings. */
export async function createDeviceKey(name: string): Promise<string> {
  const options: RegistrationOptions = {
    challenge: challenge(),
    rp: { name: 'My Review', id: location.hostname },
    user: { id: b64url(crypto.getRandomValues(new Uint8Array(16))), name, displayName: name },
    pubKeyCredParams: [
      { type: 'public-key', alg: -7 },
      { type: 'public-key', alg: -257 },
    ],
    authenticatorSelection: {
      authenticatorAttachment: 'platform',
      userVerification: 'required',
      residentKey: 'discouraged',
    },
    timeout: 120_000,
    attestation: 'none',
  };
  const response = await startRegistration({ optionsJSON: options });
  return response.id;
}

/** True when the person unlocked with the device's own lock (user verified). */
export async function unlockWithDeviceKey(credentialId: string): Promise<boolean> {
  const options: AuthenticationOptions = {
    challenge: challenge(),
    rpId: location.hostname,
    allowCredentials: [{ id: credentialId, type: 'public-key', transports: ['internal'] }],
    userVerification: 'required',
    timeout: 120_000,
  };
  const response = await startAuthentication({ optionsJSON: options });
  if (response.id !== credentialId) return false;
  // The authenticator's flags byte (after the 32-byte RP id hash): bit 2 says the user was verified.
  const data = Uint8Array.from(
    atob(response.response.authenticatorData.replace(/-/g, '+').replace(/_/g, '/')),
    (c) => c.charCodeAt(0),
  );
  return (data[32]! & 0x04) !== 0;
}

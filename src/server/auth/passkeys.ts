// Passkeys (WebAuthn) with @simplewebauthn/server. Challenges live in the database, not in the
// server's memory, so any server behind a load balancer can finish what another started.
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { HttpError } from '../errors';
import { nowIso, toJson, fromJson } from '../store/json';
import type { Database } from '../store/schema';

const CHALLENGE_MS = 5 * 60 * 1000;

export interface RelyingParty {
  id: string;
  origins: string[];
}

const passkeyFailed = () =>
  new HttpError(
    400,
    'passkey_failed',
    'That did not work. You can try again or get a code by email.',
  );

async function saveChallenge(
  db: Kysely<Database>,
  challenge: string,
  purpose: 'login' | 'register',
  userId: string | null,
): Promise<string> {
  const id = randomUUID();
  const now = Date.now();
  await db
    .deleteFrom('webauthn_challenges')
    .where('expires_at', '<', new Date(now - CHALLENGE_MS).toISOString())
    .execute();
  await db
    .insertInto('webauthn_challenges')
    .values({
      id,
      challenge,
      purpose,
      user_id: userId,
      created_at: new Date(now).toISOString(),
      expires_at: new Date(now + CHALLENGE_MS).toISOString(),
      used_at: null,
    })
    .execute();
  return id;
}

/** Takes a challenge once: a replayed response finds it used. */
async function takeChallenge(
  db: Kysely<Database>,
  id: string,
  purpose: 'login' | 'register',
  userId: string | null,
): Promise<string> {
  const row = await db
    .updateTable('webauthn_challenges')
    .set({ used_at: nowIso() })
    .where('id', '=', id)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso())
    .returning(['challenge', 'user_id'])
    .executeTakeFirst();
  if (!row || row.user_id !== userId) throw passkeyFailed();
  return row.challenge;
}

export async function loginOptions(db: Kysely<Database>, rp: RelyingParty) {
  // No allowCredentials: the device offers the passkeys it holds for this site (discoverable).
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    userVerification: 'preferred',
  });
  return { challengeId: await saveChallenge(db, options.challenge, 'login', null), options };
}

/** Verifies a passkey sign-in; answers with the account it belongs to. */
export async function verifyLogin(
  db: Kysely<Database>,
  rp: RelyingParty,
  challengeId: string,
  response: AuthenticationResponseJSON,
): Promise<string> {
  const challenge = await takeChallenge(db, challengeId, 'login', null);
  const cred = await db
    .selectFrom('credentials')
    .selectAll()
    .where('id', '=', response.id)
    .executeTakeFirst();
  if (!cred)
    throw new HttpError(
      400,
      'passkey_unknown',
      'This passkey is not known here. Get a code by email to sign in.',
    );
  let verified = false;
  let newCounter = cred.counter;
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origins,
      expectedRPID: rp.id,
      credential: {
        id: cred.id,
        publicKey: new Uint8Array(Buffer.from(cred.public_key, 'base64url')),
        counter: cred.counter,
        transports: fromJson<string[]>(cred.transports),
      },
      requireUserVerification: false,
    });
    verified = result.verified;
    newCounter = result.authenticationInfo.newCounter;
  } catch {
    verified = false;
  }
  if (!verified) throw passkeyFailed();
  await db
    .updateTable('credentials')
    .set({ counter: newCounter, last_used_at: nowIso() })
    .where('id', '=', cred.id)
    .execute();
  return cred.user_id;
}

export async function registrationOptions(
  db: Kysely<Database>,
  rp: RelyingParty,
  user: { id: string; email: string; name: string | null },
) {
  const existing = await db
    .selectFrom('credentials')
    .select(['id', 'transports'])
    .where('user_id', '=', user.id)
    .execute();
  const options = await generateRegistrationOptions({
    rpName: 'My Review',
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.name ?? user.email,
    userID: new TextEncoder().encode(user.id),
    attestationType: 'none',
    excludeCredentials: existing.map((c) => ({
      id: c.id,
      transports: fromJson<string[]>(c.transports),
    })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  return { challengeId: await saveChallenge(db, options.challenge, 'register', user.id), options };
}

export async function verifyRegistration(
  db: Kysely<Database>,
  rp: RelyingParty,
  userId: string,
  challengeId: string,
  response: RegistrationResponseJSON,
): Promise<void> {
  const challenge = await takeChallenge(db, challengeId, 'register', userId);
  let info;
  try {
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origins,
      expectedRPID: rp.id,
      requireUserVerification: false,
    });
    info = result.verified ? result.registrationInfo : undefined;
  } catch {
    info = undefined;
  }
  if (!info) throw passkeyFailed();
  await db
    .insertInto('credentials')
    .values({
      id: info.credential.id,
      user_id: userId,
      public_key: Buffer.from(info.credential.publicKey).toString('base64url'),
      counter: info.credential.counter,
      transports: toJson(info.credential.transports ?? []),
      device_type: info.credentialDeviceType,
      backed_up: info.credentialBackedUp ? 1 : 0,
      created_at: nowIso(),
      last_used_at: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

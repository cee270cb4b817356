// What the API routes share: the database, the mailer, and the origin rules.
import type { FastifyRequest } from 'fastify';
import type { Mailer } from './auth/mailer';
import type { SignInEmails } from './auth/signInEmail';
import { readSession, type SessionInfo } from './auth/sessions';
import { unauthorised } from './errors';
import type { Store } from './store/database';

export interface RateLimit {
  max: number;
  windowMs: number;
}

export interface ApiContext {
  store: Store;
  mailer: Mailer;
  /** The sign-in email's words, in each language the app offers. */
  signInEmails: SignInEmails;
  /** Explicit public origins, when configured. */
  origins?: string[];
  /** Sign-in requests per IP address (email codes and passkeys). */
  authLimit: RateLimit;
  /** Sync and media requests per IP address. */
  apiLimit: RateLimit;
}

/** The origins this request may come from: the configured ones, or its own. */
export function expectedOrigins(ctx: ApiContext, request: FastifyRequest): string[] {
  return ctx.origins ?? [`${request.protocol}://${request.host}`];
}

/** WebAuthn's relying party: the configured origin's host name, or the request's. */
export function relyingPartyId(ctx: ApiContext, request: FastifyRequest): string {
  const origin = ctx.origins?.[0];
  const host = origin ? new URL(origin).hostname : request.hostname;
  return host.replace(/^\[|\]$/g, '');
}

export async function requireUser(ctx: ApiContext, request: FastifyRequest): Promise<SessionInfo> {
  const session = await readSession(ctx.store.db, request);
  if (!session) throw unauthorised();
  return session;
}

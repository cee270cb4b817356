// Test set-up shared by the server tests: a photo to upload, and a member put straight into a plan
// (the invitation flow has its own tests; these tests are about what a member may do).
import { createHash } from 'node:crypto';
import type { Role } from '../../../src/shared/protocol';
import type { Permission } from '../../../src/shared/sharing';
import { uuidv7 } from '../../../src/shared/ids';
import { ORIGIN, type Device, type Harness } from './harness';

/** The start of a JPEG file: enough for the server to take it as a photo. */
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1]);
export const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Uploads a photo to a plan as this device. */
export function putMedia(
  h: Harness,
  d: Device,
  planId: string,
  bytes: Buffer,
  mime = 'image/jpeg',
) {
  return h.app.inject({
    method: 'PUT',
    url: `/api/media/${sha(bytes)}`,
    payload: bytes,
    headers: {
      host: 'localhost',
      origin: ORIGIN,
      'content-type': mime,
      'x-plan-id': planId,
      cookie: d.cookie,
    },
  });
}

/** Makes this signed-in device's account an active member of the plan. */
export async function joinPlan(
  h: Harness,
  planId: string,
  member: Device,
  how: { role: Role; perms: Permission[]; invitedBy?: string; consented?: boolean },
) {
  await h.db
    .insertInto('plan_members')
    .values({
      plan_id: planId,
      user_id: member.account.userId,
      role: how.role,
      scopes: JSON.stringify(how.perms),
      status: 'active',
      invited_by: how.invitedBy ?? null,
      consented_at: how.consented ? new Date().toISOString() : null,
      created_at: new Date().toISOString(),
      revoked_at: null,
      revoked_by: null,
    })
    .execute();
}

/** A new person, signed in, who is a member of the plan. */
export async function addMember(h: Harness, planId: string, role: Role, perms: Permission[]) {
  const d = await h.signIn(`m-${uuidv7()}@example.org`);
  await joinPlan(h, planId, d, { role, perms });
  return d;
}

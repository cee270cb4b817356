// Sharing a plan: invitations and members, for the screens. Every call needs the network; a
// failure says plainly whether it was the connection (OfflineError) or a refusal (ApiError).
import {
  CreatedInvitationSchema,
  InvitationViewSchema,
  PeopleSchema,
  type ChangeMember,
  type CreateInvitation,
  type CreatedInvitation,
  type InvitationView,
  type InviteKey,
  type People,
} from '../shared/invitations';
import type { Transport } from './transport';

const plan = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;

export async function createInvitation(
  t: Transport,
  planId: string,
  body: CreateInvitation,
): Promise<CreatedInvitation> {
  return CreatedInvitationSchema.parse(await t.json('POST', `${plan(planId)}/invitations`, body));
}

export async function openInvitation(t: Transport, key: InviteKey): Promise<InvitationView> {
  return InvitationViewSchema.parse(await t.json('POST', '/api/invitations/open', key));
}

export async function acceptInvitation(t: Transport, key: InviteKey): Promise<void> {
  await t.json('POST', '/api/invitations/accept', key);
}

export async function loadPeople(t: Transport, planId: string): Promise<People> {
  return PeopleSchema.parse(await t.json('GET', `${plan(planId)}/people`));
}

export async function confirmMember(t: Transport, planId: string, userId: string) {
  await t.json('POST', `${plan(planId)}/members/${encodeURIComponent(userId)}/confirm`, {});
}

export async function changeMember(
  t: Transport,
  planId: string,
  userId: string,
  body: ChangeMember,
) {
  await t.json('PATCH', `${plan(planId)}/members/${encodeURIComponent(userId)}`, body);
}

export async function stopSharing(t: Transport, planId: string, userId: string) {
  await t.json('POST', `${plan(planId)}/members/${encodeURIComponent(userId)}/stop`, {});
}

export async function cancelInvitation(t: Transport, planId: string, invitationId: string) {
  await t.json('DELETE', `${plan(planId)}/invitations/${encodeURIComponent(invitationId)}`);
}

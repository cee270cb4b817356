// The record models on the server: a mutation whose fields its record type's model refuses (words
// over the limit, a choice not on the list) is rejected as a whole, with a reason the app shows on
// /conflicts. The app checks the same models before it saves (src/shared/models/check.ts), so this
// only catches an old or a misbehaving device.
import { checkFields } from '../../shared/models/check';
import type { Mutation, RejectReason } from '../../shared/protocol';

export function refusedByModel(m: Mutation): RejectReason | undefined {
  if (m.op === 'delete') return undefined;
  const values = Object.fromEntries(Object.entries(m.fields).map(([f, c]) => [f, c.value]));
  return checkFields(m.type, values) ? 'invalid_field' : undefined;
}

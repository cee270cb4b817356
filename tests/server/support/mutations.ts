import { uuidv7 } from '../../../src/shared/ids';
import type { Mutation, PullResponse, PushResponse } from '../../../src/shared/protocol';
import type { FieldValue, RecordType } from '../../../src/shared/records';
import type { Device, Harness } from './harness';

export function mutation(
  planId: string,
  recordId: string,
  fields: Record<string, [FieldValue, number]> = {},
  extra: Partial<Mutation> = {},
): Mutation {
  return {
    mutationId: uuidv7(),
    planId,
    recordId,
    type: 'answer' as RecordType,
    op: 'patch',
    fields: Object.fromEntries(
      Object.entries(fields).map(([k, [value, baseRev]]) => [k, { value, baseRev }]),
    ),
    clientTime: new Date().toISOString(),
    ...extra,
  };
}

export async function pushAs(h: Harness, device: Device, mutations: Mutation[]) {
  const res = await h.post(
    '/api/sync/push',
    { clientId: device.clientId, mutations },
    device.cookie,
  );
  if (res.statusCode !== 200) throw new Error(`push ${res.statusCode} ${res.body}`);
  return (res.json() as PushResponse).results;
}

export async function pullAs(
  h: Harness,
  device: Device,
  plans: Record<string, { checkpoint: number; cursor?: { version: number; id: string } }>,
  limit?: number,
): Promise<PullResponse> {
  const res = await h.post(
    '/api/sync/pull',
    { clientId: device.clientId, plans, ...(limit ? { limit } : {}) },
    device.cookie,
  );
  if (res.statusCode !== 200) throw new Error(`pull ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Pulls a plan from scratch to the end: its records by id. */
export async function pullAll(
  h: Harness,
  device: Device,
  planId: string,
  start: { checkpoint: number; cursor?: { version: number; id: string } } = { checkpoint: 0 },
) {
  const records = new Map<string, PullResponse['pages'][number]['records'][number]>();
  let from = start;
  for (let i = 0; i < 1000; i++) {
    const res = await pullAs(h, device, { [planId]: from });
    const page = res.pages.find((p) => p.planId === planId);
    if (page) {
      for (const r of page.records) records.set(r.id, r);
      from = page.cursor
        ? { checkpoint: page.checkpoint, cursor: page.cursor }
        : { checkpoint: page.checkpoint };
    }
    if (!res.more) return records;
  }
  throw new Error('pull did not finish');
}

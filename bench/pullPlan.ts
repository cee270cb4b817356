// Pulls every page of one plan, as a new device does on its first sync, for the sync and sharing
// benchmarks. Returns how many records came.
export async function pullPlan(
  post: (path: string, body: unknown) => Promise<unknown>,
  clientId: string,
  planId: string,
): Promise<number> {
  let records = 0;
  let from: { checkpoint: number; cursor?: unknown } = { checkpoint: 0 };
  for (;;) {
    const res = (await post('/api/sync/pull', {
      clientId,
      limit: 1000,
      plans: { [planId]: from },
    })) as {
      pages: { records: unknown[]; checkpoint: number; cursor: unknown }[];
      more: boolean;
    };
    const page = res.pages[0];
    if (page) {
      records += page.records.length;
      from = page.cursor
        ? { checkpoint: page.checkpoint, cursor: page.cursor }
        : { checkpoint: page.checkpoint };
    }
    if (!res.more) return records;
  }
}

// Copies made by older versions of the app, brought up to today's format one step at a time before
// they are checked. Each step takes the data.json of version N and returns that of version N + 1;
// a step is never edited once released, because someone's copy in a drawer was made with it.
import { FORMAT_VERSION } from './format';

type Step = (data: unknown) => unknown;

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The step from version N (the key) to N + 1. */
const STEPS: Record<number, Step> = {
  // Version 1 held one plan (`plan`) and called each record's words `fields`.
  1: (v) => {
    const old = obj(v);
    const records = Array.isArray(old.records) ? old.records : [];
    return {
      plans: old.plan === undefined ? [] : [old.plan],
      records: records.map((r) => {
        const { fields, ...rest } = obj(r);
        return { ...rest, data: fields };
      }),
      media: old.media,
    };
  },
};

/** data.json of any version this app can read, as the current version. */
export function migrate(version: number, data: unknown): unknown {
  let out = data;
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = STEPS[v];
    if (!step) throw new Error(`No step from copy format ${v}`);
    out = step(out);
  }
  return out;
}

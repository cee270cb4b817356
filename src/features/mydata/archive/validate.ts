// The checks every part of a copy must pass before anything is written: the manifest, and each
// plan, record and photo against the record models (src/shared/models), as the data layer and the
// server check a write. zod here is fine: this screen loads it on its own, off the first screen.
import * as z from 'zod/mini';
import { checkFields } from '../../../shared/models/check';
import {
  FieldName,
  FieldValueSchema,
  RecordId,
  Rev,
  ROLES,
  SHA256_HEX,
  Uuid,
} from '../../../shared/protocol';
import {
  LIMITS as RECORD_LIMITS,
  isRecordType,
  type Fields,
  type RecordType,
} from '../../../shared/records';
import { COPY_KIND, ENTRY_NAME, mediaPath } from './format';
import { CopyProblem } from './copyProblem';
import type { RestorePlan, RestoreRecord } from '../../../data/copy';

/** zod drops a `__proto__` key from a record silently; a copy with one is refused instead. */
const noProto = z
  .unknown()
  .check(
    z.refine(
      (v) => !(v && typeof v === 'object' && Object.hasOwn(v, '__proto__')),
      'reserved name',
    ),
  );

const Time = z.string().check(z.minLength(1), z.maxLength(40));

export const ManifestSchema = z.strictObject({
  kind: z.literal(COPY_KIND),
  formatVersion: z.int().check(z.minimum(1)),
  madeAt: Time,
  appVersion: z.string().check(z.maxLength(100)),
  entries: z.pipe(
    noProto,
    z.record(
      z.string().check(z.regex(ENTRY_NAME)),
      z.strictObject({
        sha256: z.string().check(z.regex(SHA256_HEX)),
        size: z.int().check(z.minimum(0)),
      }),
    ),
  ),
});

const PlanSchema = z.strictObject({ id: Uuid, role: z.enum(ROLES), createdAt: Time });

const RecordSchema = z.strictObject({
  planId: Uuid,
  id: RecordId,
  type: z.string().check(z.refine(isRecordType)),
  data: z.pipe(
    noProto,
    z
      .record(FieldName, FieldValueSchema)
      .check(z.refine((d) => Object.keys(d).length <= RECORD_LIMITS.fieldsPerRecord)),
  ),
  rev: z.pipe(noProto, z.record(FieldName, Rev)),
  deleted: z.boolean(),
  createdAt: Time,
  updatedAt: Time,
});

const MediaSchema = z.strictObject({
  sha256: z.string().check(z.regex(SHA256_HEX)),
  planId: Uuid,
  mime: z.string().check(z.regex(/^[a-z]+\/[a-z0-9.+-]+$/), z.maxLength(100)),
  size: z.int().check(z.minimum(0)),
  path: z.string().check(z.regex(ENTRY_NAME)),
});

const DataSchema = z.strictObject({
  plans: z.array(PlanSchema).check(z.minLength(1), z.maxLength(100)),
  records: z.array(RecordSchema),
  media: z.array(MediaSchema),
});

export interface CheckedData {
  plans: RestorePlan[];
  records: RestoreRecord[];
  media: z.infer<typeof MediaSchema>[];
}

/**
 * The copy's data, checked: every record against its type's model (a value the model refuses, a
 * record of an unknown type, an id made for another plan), every photo listed once with its own
 * entry. The first problem refuses the whole copy.
 */
export function checkData(
  raw: unknown,
  manifestEntries: Record<string, { sha256: string }>,
): CheckedData {
  const parsed = DataSchema.safeParse(raw);
  if (!parsed.success)
    throw new CopyProblem('wrongContent', parsed.error.issues[0]?.path.join('.'));
  const data = parsed.data;
  const plans = new Set<string>();
  for (const p of data.plans) {
    if (plans.has(p.id)) throw new CopyProblem('wrongContent', `plan ${p.id} twice`);
    plans.add(p.id);
  }
  const ids = new Set<string>();
  for (const r of data.records) {
    if (!plans.has(r.planId)) throw new CopyProblem('wrongContent', `${r.id}: no such plan`);
    if (ids.has(r.id)) throw new CopyProblem('wrongContent', `${r.id} twice`);
    ids.add(r.id);
    const type = r.type as RecordType;
    // An id made from a plan (profile:<plan>, answer:<plan>:safe) must be made from its own.
    if (
      r.id.includes(':') &&
      !(r.id === `${type}:${r.planId}` || r.id.startsWith(`${type}:${r.planId}:`))
    )
      throw new CopyProblem('wrongContent', `${r.id} is not of plan ${r.planId}`);
    const problem = checkFields(type, r.data as Fields);
    if (problem)
      throw new CopyProblem('wrongContent', `${r.id}.${problem.field}: ${problem.problem}`);
  }
  const shas = new Set<string>();
  for (const m of data.media) {
    if (!plans.has(m.planId)) throw new CopyProblem('wrongContent', `${m.sha256}: no such plan`);
    if (shas.has(m.sha256)) throw new CopyProblem('wrongContent', `${m.sha256} twice`);
    shas.add(m.sha256);
    if (m.path !== mediaPath(m.sha256, m.mime) || manifestEntries[m.path]?.sha256 !== m.sha256)
      throw new CopyProblem('wrongContent', `${m.path} is not its photo`);
  }
  return {
    plans: data.plans,
    records: data.records.map((r) => ({
      ...r,
      type: r.type as RecordType,
      data: r.data as Fields,
    })),
    media: data.media,
  };
}

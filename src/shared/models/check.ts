// The check a write must pass, on the tablet before it is saved and on the server before it is
// applied: each field a model names must hold what the model says (a choice from its list, words
// within their limit). A field no model names (one an older version wrote) is kept within the
// protocol's general limits, so data already on devices and on the server keeps working.
// Built from the models with zod; kept apart from them so zod stays off the first screen.
import * as z from 'zod/mini';
import { FieldValueSchema, RECORD_ID, SHA256_HEX } from '../protocol';
import { LIMITS, type FieldValue, type Fields, type RecordType } from '../records';
import type { FieldKind } from './fields';
import { MODELS } from './index';
import type { Model } from './model';

export interface FieldProblem {
  field: string;
  /** tooLong: words over the limit (max says the limit); notAllowed: any other wrong value. */
  problem: 'tooLong' | 'notAllowed';
  max?: number;
}

function kindSchema(spec: FieldKind): z.ZodMiniType<FieldValue> {
  switch (spec.kind) {
    case 'text':
      return z.string().check(z.maxLength(spec.max));
    case 'choice':
      return z.enum(spec.values as [string, ...string[]]);
    case 'flag':
      return z.boolean();
    case 'number': {
      const n = z.number().check(z.minimum(spec.min), z.maximum(spec.max));
      // The integer check after the bounds, where zod's .int() put it: the same first problem.
      return spec.integer ? n.check(z.int()) : n;
    }
    case 'media':
      // '' is how an older version cleared a photo.
      return z.union([z.string().check(z.regex(SHA256_HEX)), z.literal('')]);
    case 'recordId':
      return z.string().check(z.regex(RECORD_ID));
  }
}

const schemas = new Map<RecordType, z.ZodMiniObject>();

/** A model's fields as one zod schema: every field optional (a write sends some) and clearable. */
export function schemaOf(model: Model): z.ZodMiniObject {
  let s = schemas.get(model.type);
  if (!s) {
    const shape = Object.fromEntries(
      Object.entries(model.fields).map(([name, f]) => [
        name,
        z.optional(z.nullable(kindSchema(f.spec))),
      ]),
    );
    s = z.catchall(z.object(shape), FieldValueSchema);
    schemas.set(model.type, s);
  }
  return s;
}

/** The first field of a write its model refuses, or null when every field may be saved. */
export function checkFields(type: RecordType, fields: Fields): FieldProblem | null {
  const model: Model = MODELS[type];
  const result = schemaOf(model).safeParse(fields);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  const spec = model.fields[field]?.spec;
  const value = fields[field];
  if (typeof value === 'string') {
    const max = spec?.kind === 'text' ? spec.max : spec ? undefined : LIMITS.textLength;
    if (max !== undefined && value.length > max) return { field, problem: 'tooLong', max };
  }
  return { field, problem: 'notAllowed' };
}

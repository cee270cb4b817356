import type { StoredRecord } from '../../../src/data';
import type { Fields, RecordType } from '../../../src/shared/records';

export const PLAN = '0190a0a0-0000-7000-8000-000000000001';

/** A record as the data layer gives it to a screen. */
export function rec(type: RecordType, id: string, data: Fields): StoredRecord {
  return {
    planId: PLAN,
    id,
    type,
    data,
    rev: {},
    deleted: false,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    updatedBy: 'device',
  };
}

export const sha = (c: string) => c.repeat(64);

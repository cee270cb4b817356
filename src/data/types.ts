import type { FieldChange, Fields, MutationOp, RecordType } from '../shared/records';

export interface Plan {
  id: string;
  /** 'local' until an account claims it at first sign-in; then 'server'. */
  origin: 'local' | 'server';
  role: 'owner' | 'supporter' | 'family' | 'viewer';
  createdAt: string;
  /** The server's plan version this device has pulled up to (its sync checkpoint). */
  checkpoint: number;
}

export interface StoredRecord {
  planId: string;
  id: string;
  type: RecordType;
  data: Fields;
  /** Server revision of each field as last seen by this device (0 or absent: never synced). */
  rev: Record<string, number>;
  deleted: boolean;
  createdAt: string;
  updatedAt: string;
  /** The device (client id) or account that made the latest change. */
  updatedBy: string;
}

export interface OutboxEntry {
  seq?: number;
  mutationId: string;
  planId: string;
  recordId: string;
  type: RecordType;
  op: MutationOp;
  fields: Record<string, FieldChange>;
  /** A label for people ("written on Tuesday"); never used to order anything. */
  clientTime: string;
  status: 'pending' | 'rejected';
  reason?: string;
}

export interface StoredMedia {
  sha256: string;
  planId: string;
  mime: string;
  /** ArrayBuffer, not Blob: Safari has lost Blobs stored in IndexedDB. */
  bytes: ArrayBuffer;
  size: number;
  createdAt: string;
  uploaded: 0 | 1;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface SettingsRow {
  key: string;
  value: unknown;
}

import type { Conflict } from '../shared/protocol';
import type { Permission } from '../shared/sharing';
import type { FieldChange, Fields, MutationOp, RecordType } from '../shared/records';

/** Which record: its plan, id and type. */
export interface RecordRef {
  planId: string;
  id: string;
  type: RecordType;
}

export interface Plan {
  id: string;
  /** 'local' until an account claims it at first sign-in; then 'server'. */
  origin: 'local' | 'server';
  role: 'owner' | 'supporter' | 'family' | 'viewer';
  createdAt: string;
  /** The server's plan version this device has pulled up to (its sync checkpoint). */
  checkpoint: number;
  /** The account this device syncs the plan with (absent while it is only on this device). */
  userId?: string;
  /**
   * What the person lets this account see and do in the plan, as the server last said
   * (src/shared/sharing.ts). Absent until a server has said.
   */
  permissions?: Permission[];
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
  /**
   * The outbox order, also sent as the device's sequence number (clientSeq): the server skips a
   * change older than one it already has from this device. So the outbox store is never
   * recreated (its counter would restart) without a new client id (rotateClientId).
   */
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
  /** delete: the revision of every field this device had when the person removed it. */
  seen?: Record<string, number>;
  /**
   * delete, written by the app before `seen`: one number that cannot say which fields were seen.
   * Such a delete is sent as having seen nothing (a change made elsewhere becomes a question).
   */
  baseRev?: number;
  /** resolve: the conflicts the person answered. */
  resolves?: string[];
}

/** A question for the person: two versions of one answer met. Mirrored from the server. */
export interface StoredConflict extends Conflict {
  planId: string;
  /** The kind of record, so the screen can say what the answer is about. */
  type?: RecordType;
}

/** A photo or recording another device added, still to be fetched to this one. */
export interface QueuedMedia {
  sha256: string;
  planId: string;
  mime: string;
  size: number;
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

// The audit log: who did what, to which plan, when. Never what anyone wrote: details hold counts,
// ids and reason codes only (sync-reliability.md §4.8).
import type { Kysely, Transaction } from 'kysely';
import { uuidv7 } from '../shared/ids';
import { nowIso, toJson } from './store/json';
import type { AuditLogTable, Database } from './store/schema';

export interface AuditEvent {
  actor: string | null;
  planId?: string | null;
  action: string;
  target?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

export function auditRow(event: AuditEvent): AuditLogTable {
  return {
    id: uuidv7(),
    at: nowIso(),
    actor_user_id: event.actor,
    plan_id: event.planId ?? null,
    action: event.action,
    target: event.target ?? null,
    details: toJson(event.details ?? {}),
  };
}

export async function audit(
  db: Kysely<Database> | Transaction<Database>,
  event: AuditEvent,
): Promise<void> {
  await db.insertInto('audit_log').values(auditRow(event)).execute();
}

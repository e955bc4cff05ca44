import type pg from 'pg';
import { localId } from './world.js';

export interface AuditRow {
  action: string;
  target_type: string;
  target_id: string;
  diff: Record<string, { from: unknown; to: unknown }>;
}

/** The tenant's audit events whose action starts with `prefix`, in chain order (read as the owner). */
export async function auditRows(owner: pg.Client, tenantGlobalId: string, prefix: string): Promise<AuditRow[]> {
  const { rows } = await owner.query<AuditRow>(
    `select action, target_type, target_id, diff from audit_event where tenant_id = $1 and action like $2 order by seq`,
    [localId(tenantGlobalId), `${prefix}%`],
  );
  return rows;
}

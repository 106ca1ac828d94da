import type { EntityManager } from 'typeorm';
import type { AppliedOperation } from './applied-operation.entity.js';

/**
 * Records a device operation as applied, inside the transaction that applies it. False when it was already applied
 * (then the caller acknowledges without applying). A concurrent duplicate waits on the key until this one commits.
 * Without an id (an online request of an older client) there is nothing to record: the caller applies.
 */
export async function claimOperation(manager: EntityManager, userId: string, opId: string | undefined, kind: AppliedOperation['kind']): Promise<boolean> {
  if (!opId) return true;
  const rows = await manager.query(
    `INSERT INTO applied_operations (user_id, op_id, kind) VALUES ($1, $2, $3) ON CONFLICT (user_id, op_id) DO NOTHING RETURNING op_id`,
    [userId, opId, kind],
  );
  return rows.length === 1;
}

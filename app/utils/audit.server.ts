import { type Prisma } from '@prisma/client'
import { ensureDb, prisma } from '~/utils/db.server'

/** Who acts: kept on every audit row as it was at the time. */
export type Actor = { userId: string | null; userName: string | null; ip: string }

export type AuditEntry = {
  action: string
  entityType?: string
  entityId?: string
  changes?: Record<string, [unknown, unknown]>
  detail?: Record<string, unknown>
}

type Db = Prisma.TransactionClient | typeof prisma

// BigInt (money) and Date become strings in the stored JSON, exactly.
function toJson(value: unknown) {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item))
}

/** Appends one row to the trail; pass the transaction client to write with the change. */
export async function writeAudit(db: Db, actor: Actor, entry: AuditEntry) {
  if (db === prisma) await ensureDb()
  await db.auditLog.create({
    data: {
      userId: actor.userId,
      userName: actor.userName,
      ip: actor.ip,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      changes: entry.changes ? toJson(entry.changes) : null,
      detail: entry.detail ? toJson(entry.detail) : null,
    },
  })
}

function comparable(value: unknown): string {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'bigint') return value.toString()
  return JSON.stringify(value ?? null)
}

/** The fields whose value differs between two snapshots, as [before, after]. */
export function diffSnapshots(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changes: Record<string, [unknown, unknown]> = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (comparable(before[key]) !== comparable(after[key])) changes[key] = [before[key] ?? null, after[key] ?? null]
  }
  return changes
}

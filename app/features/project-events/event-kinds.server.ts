import { type Prisma } from '@prisma/client'
import { type EVENT_KIND, type EventKind, type EventValues } from '~/features/project-events/event-kinds'

/**
 * Where each kind of event (event-kinds.ts) is stored: its Prisma table, its own columns, and
 * how an event's values fill them. The write paths reach a kind's rows only through here, so
 * one path serves the three kinds, each with its own table's types.
 */

type Db = Prisma.TransactionClient

/** The columns every kind's rows have. */
type Common = { projectId: string; date: Date; note: string | null }

/** Whether a row was voided or corrected, by whom, why, and its correction (docs/decisions/013). */
export const revisionColumns = { voidedAt: true, voidedByName: true, voidReason: true, supersededById: true } as const

type Stored = { id: string; date: Date; note: string | null; voidedAt: Date | null }
const storedColumns = { id: true, date: true, note: true, voidedAt: true } as const

type VoidStamp = { voidedAt: Date; voidedById: string | null; voidedByName: string | null; voidReason: string }

/** What the write paths do with a kind's table; each of the three Prisma delegates has it. */
type EventRows<Columns, Sum extends string, Amount> = {
  aggregate(args: {
    where: { projectId: string; voidedAt: null }
    _sum: Record<Sum, true>
  }): PromiseLike<{ _sum: Record<Sum, Amount | null> }>
  count(args: { where: { projectId: string } }): PromiseLike<number>
  create(args: { data: Common & Columns; select: { id: true } }): PromiseLike<{ id: string }>
  findFirst(args: {
    where: { id: string; projectId: string }
    select: typeof storedColumns & { [Column in keyof Columns]: true }
  }): PromiseLike<(Stored & Columns) | null>
  updateMany(args: { where: { id: string; voidedAt: null }; data: VoidStamp }): PromiseLike<{ count: number }>
  update(args: { where: { id: string }; data: { supersededById: string } }): PromiseLike<unknown>
}

type Columns = {
  'capital-change': { amountVnd: bigint; documentNumber: string | null }
  disbursement: { amountVnd: bigint }
  clearance: { hectares: number }
}

/** The column of each kind's amount, and its type. */
type Amount = { 'capital-change': bigint; disbursement: bigint; clearance: number }
type AmountColumn = { [K in EventKind]: (typeof EVENT_KIND)[K]['value'] }

type EventTable<K extends EventKind> = {
  rows: (db: Db) => EventRows<Columns[K], AmountColumn[K], Amount[K]>
  /** The amount's column, as the kind's `value` in event-kinds.ts. */
  amount: AmountColumn[K]
  /** Nothing recorded yet. */
  zero: Amount[K]
  /** The kind's own columns, as a Prisma `select`. */
  columns: { [Column in keyof Columns[K]]: true }
  /** The kind's own columns of an event's values (its schema has required its amount: the `??` only satisfies the types). */
  values: (values: EventValues) => Columns[K]
}

export const EVENT_TABLE: { [K in EventKind]: EventTable<K> } = {
  'capital-change': {
    rows: (db) => db.capitalChange,
    amount: 'amountVnd',
    zero: 0n,
    columns: { amountVnd: true, documentNumber: true },
    values: (values) => ({ amountVnd: values.amountVnd ?? 0n, documentNumber: values.documentNumber || null }),
  },
  disbursement: {
    rows: (db) => db.disbursement,
    amount: 'amountVnd',
    zero: 0n,
    columns: { amountVnd: true },
    values: (values) => ({ amountVnd: values.amountVnd ?? 0n }),
  },
  clearance: {
    rows: (db) => db.clearanceHandover,
    amount: 'hectares',
    zero: 0,
    columns: { hectares: true },
    values: (values) => ({ hectares: values.hectares ?? 0 }),
  },
}

/**
 * A project's events of this kind: the sum of those in force (a voided one counts nowhere)
 * and how many are recorded (voided ones too, as the list shows them).
 */
export async function tallyEvents<K extends EventKind>(db: Db, kind: K, projectId: string) {
  const table: EventTable<K> = EVENT_TABLE[kind]
  const column = table.amount
  const rows = table.rows(db)
  // A computed key is typed as any string: this one is the kind's amount column.
  const _sum = { [column]: true } as Record<AmountColumn[K], true>
  const [sum, count] = await Promise.all([
    rows.aggregate({ where: { projectId, voidedAt: null }, _sum }),
    rows.count({ where: { projectId } }),
  ])
  return { amount: sum._sum[column] ?? table.zero, count }
}

/** Adds an event of this kind to the project. */
export async function insertEvent<K extends EventKind>(db: Db, kind: K, projectId: string, values: EventValues) {
  const table: EventTable<K> = EVENT_TABLE[kind]
  const data = { projectId, date: values.date, note: values.note || null, ...table.values(values) }
  return (await table.rows(db).create({ data, select: { id: true } })).id
}

/** The event, only if it is this project's: another project's id is not found. */
export function readEvent<K extends EventKind>(db: Db, kind: K, projectId: string, id: string) {
  const table: EventTable<K> = EVENT_TABLE[kind]
  return table.rows(db).findFirst({ where: { id, projectId }, select: { ...storedColumns, ...table.columns } })
}

/** Voids the row if nobody has yet: 1, or 0 when it was voided meanwhile. */
export async function stampVoided(db: Db, kind: EventKind, id: string, stamp: VoidStamp) {
  return (await EVENT_TABLE[kind].rows(db).updateMany({ where: { id, voidedAt: null }, data: stamp })).count
}

/** Points a corrected row to its correction. */
export async function linkCorrection(db: Db, kind: EventKind, oldId: string, correctionId: string) {
  await EVENT_TABLE[kind].rows(db).update({ where: { id: oldId }, data: { supersededById: correctionId } })
}

/**
 * The metric tallies (docs/decisions/012) are kept by triggers on every write to projects,
 * capital adjustments, milestones, disbursements and handovers. After a long random series
 * of such writes (and status changes), each tally must equal what an independent count of the records gives —
 * whatever the order of the writes, soft deletes and restores, hard deletes with their
 * cascades, projects moving between sectors, kinds, FDI and domestic, entries voided and
 * corrected (docs/decisions/013).
 */
import { describe, expect, test } from 'vitest'
import { prisma } from '~/utils/db.server'
import { withHistoryWipe } from '../../../prisma/seed/clear'
import { getReferenceIds } from '../../../tests/integration-utils'
import type { Prisma } from '@prisma/client'

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const SECTORS = ['manufacturing', 'energy'] as const
const KINDS = ['factory', 'wind_power', 'coal_mine'] as const
const STATUSES = ['proposed', 'irc_issued', 'under_construction', 'operating', 'suspended', 'cancelled'] as const
const MILESTONES = ['policy_approval', 'irc', 'construction_start', 'commissioning'] as const
const LIKELIHOODS = ['low', 'medium', 'high', null] as const

type Key = string
type Totals = Map<Key, { n: number; amount: bigint }>

function add(totals: Totals, key: Key, n: number, amount: bigint) {
  const entry = totals.get(key) ?? { n: 0, amount: 0n }
  totals.set(key, { n: entry.n + n, amount: entry.amount + amount })
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10)

/** A delete that takes status changes along, in the wipe that alone may (docs/decisions/014). */
const wipe = (work: (tx: Prisma.TransactionClient) => Promise<unknown>) =>
  prisma.$transaction((tx) => withHistoryWipe(tx, () => work(tx)))

/** What the tallies should hold, counted from the records in TypeScript. */
async function expectedTallies() {
  const metric: Totals = new Map()
  const pipeline: Totals = new Map()
  const projects = await prisma.project.findMany({
    where: { deletedAt: null },
    // A voided (or corrected) entry counts nowhere (docs/decisions/013).
    include: {
      capitalChanges: { where: { voidedAt: null } },
      milestones: true,
      disbursements: { where: { voidedAt: null } },
      clearanceHandovers: { where: { voidedAt: null } },
    },
  })
  for (const p of projects) {
    const fdi = p.investmentType === 'fdi' ? 1 : 0
    const scopes = ['', `s:${p.sector}`, `k:${p.kind}`]
    const tally = (name: string, date: Date, n: number, amount: bigint) => {
      for (const scope of scopes) add(metric, `${name}|${scope}|${dayOf(date)}|${fdi}`, n, amount)
    }
    if (p.policyDecisionDate) tally('policy', p.policyDecisionDate, 1, 0n)
    if (p.ircDate) tally('irc', p.ircDate, 1, 0n)
    const adjusted = p.capitalChanges.reduce((sum, change) => sum + change.amountVnd, 0n)
    if (p.ircDate && p.registeredCapitalVnd !== null) tally('capital', p.ircDate, 1, p.registeredCapitalVnd - adjusted)
    for (const change of p.capitalChanges) tally('capital', change.date, 1, change.amountVnd)
    for (const entry of p.disbursements) tally('disbursed', entry.date, 1, entry.amountVnd)
    for (const entry of p.clearanceHandovers)
      tally('handover', entry.date, 1, BigInt(Math.round(entry.hectares * 10_000)))
    for (const m of p.milestones) {
      if (m.kind === 'construction_start' && m.actualDate) tally('start', m.actualDate, 1, 0n)
      const pending =
        m.kind === 'irc' ? !p.ircDate : m.kind === 'policy_approval' ? !p.policyDecisionDate : !m.actualDate
      const counted = ['policy_approval', 'irc', 'construction_start'].includes(m.kind)
      if (counted && pending && m.plannedDate && !['cancelled', 'suspended'].includes(p.status)) {
        for (const scope of scopes) {
          const month = m.plannedDate.toISOString().slice(0, 7)
          add(pipeline, `${m.kind}|${scope}|${month}|${fdi}|${m.likelihood ?? ''}`, 1, p.registeredCapitalVnd ?? 0n)
        }
      }
    }
  }
  const lastChange: Totals = new Map()
  for (const p of projects) {
    if (!['cancelled', 'operating'].includes(p.status) && p.lastStatusChangeAt) {
      add(lastChange, dayOf(p.lastStatusChangeAt), 1, 0n)
    }
  }
  return { metric: nonZero(metric), pipeline: nonZero(pipeline), lastChange: nonZero(lastChange) }
}

function nonZero(totals: Totals) {
  return Object.fromEntries(
    [...totals].filter(([, v]) => v.n !== 0 || v.amount !== 0n).sort(([a], [b]) => a.localeCompare(b)),
  )
}

async function storedTallies() {
  const metric: Totals = new Map()
  for (const row of await prisma.metricTally.findMany()) {
    add(metric, `${row.metric}|${row.scope}|${row.day}|${row.fdi ? 1 : 0}`, row.n, row.amount)
  }
  const pipeline: Totals = new Map()
  for (const row of await prisma.pipelineTally.findMany()) {
    add(pipeline, `${row.kind}|${row.scope}|${row.month}|${row.fdi ? 1 : 0}|${row.likelihood}`, row.n, row.capital)
  }
  const lastChange: Totals = new Map()
  for (const row of await prisma.lastChangeTally.findMany()) add(lastChange, row.day, row.n, 0n)
  return { metric: nonZero(metric), pipeline: nonZero(pipeline), lastChange: nonZero(lastChange) }
}

describe('the metric tallies', () => {
  test('equal a count of the records after every kind of write', async () => {
    const ref = await getReferenceIds()
    const next = random(20261123)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
    const maybe = <T>(value: T): T | null => (next() < 0.3 ? null : value)
    const someDay = () => new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 1000) * 86_400_000)
    const someCapital = () => BigInt(Math.floor(next() * 5_000)) * 1_000_000_000n

    const projectIds: string[] = []
    for (let i = 0; i < 24; i += 1) {
      const project = await prisma.project.create({
        data: {
          code: `T-${i}`,
          name: `Dự án ${i}`,
          nameSort: `du an ${i}`,
          searchText: `t-${i}`,
          kind: pick(KINDS),
          sector: pick(SECTORS),
          status: pick(STATUSES),
          unitId: ref.unitId,
          departmentId: ref.departmentId,
          investmentType: next() < 0.5 ? 'fdi' : 'domestic',
          registeredCapitalVnd: maybe(someCapital()),
          ircDate: maybe(someDay()),
          policyDecisionDate: maybe(someDay()),
          milestones: {
            create: MILESTONES.filter(() => next() < 0.8).map((kind) => ({
              kind,
              plannedDate: maybe(someDay()),
              actualDate: next() < 0.4 ? someDay() : null,
              likelihood: pick(LIKELIHOODS),
            })),
          },
          capitalChanges: { create: next() < 0.5 ? [{ date: someDay(), amountVnd: someCapital() }] : [] },
          disbursements: { create: next() < 0.5 ? [{ date: someDay(), amountVnd: someCapital() }] : [] },
          clearanceHandovers: {
            create: next() < 0.5 ? [{ date: someDay(), hectares: Math.round(next() * 10_000) / 100 }] : [],
          },
        },
      })
      projectIds.push(project.id)
    }
    expect(await storedTallies()).toEqual(await expectedTallies())

    const writes: Array<() => Promise<unknown>> = [
      () =>
        prisma.project.update({
          where: { id: pick(projectIds) },
          data: { sector: pick(SECTORS), kind: pick(KINDS), investmentType: next() < 0.5 ? 'fdi' : 'domestic' },
        }),
      () => prisma.project.update({ where: { id: pick(projectIds) }, data: { status: pick(STATUSES) } }),
      () =>
        prisma.statusChange.create({
          data: {
            projectId: pick(projectIds),
            fromStatus: 'proposed',
            toStatus: 'irc_issued',
            effectiveDate: someDay(),
          },
        }),
      async () => {
        // The status history is append-only: its rows go only in a wipe (docs/decisions/014).
        const change = await prisma.statusChange.findFirst({ skip: Math.floor(next() * 3) })
        if (change) await wipe((tx) => tx.statusChange.delete({ where: { id: change.id } }))
      },
      () =>
        prisma.project.update({
          where: { id: pick(projectIds) },
          data: { registeredCapitalVnd: maybe(someCapital()) },
        }),
      () =>
        prisma.project.update({
          where: { id: pick(projectIds) },
          data: { ircDate: maybe(someDay()), policyDecisionDate: maybe(someDay()) },
        }),
      () =>
        prisma.project.update({
          where: { id: pick(projectIds) },
          data: { deletedAt: next() < 0.5 ? new Date() : null },
        }),
      () => prisma.project.update({ where: { id: pick(projectIds) }, data: { name: `Đổi tên ${next()}` } }),
      () =>
        prisma.capitalChange.create({
          data: { projectId: pick(projectIds), date: someDay(), amountVnd: someCapital() },
        }),
      async () => {
        const change = await prisma.capitalChange.findFirst({ skip: Math.floor(next() * 3) })
        if (change)
          await prisma.capitalChange.update({
            where: { id: change.id },
            data: { amountVnd: -someCapital(), date: someDay() },
          })
      },
      async () => {
        const change = await prisma.capitalChange.findFirst({ skip: Math.floor(next() * 3) })
        if (change) await prisma.capitalChange.delete({ where: { id: change.id } })
      },
      async () => {
        const milestone = await prisma.milestone.findFirst({ skip: Math.floor(next() * 10) })
        if (milestone) {
          await prisma.milestone.update({
            where: { id: milestone.id },
            data: {
              plannedDate: maybe(someDay()),
              actualDate: next() < 0.5 ? someDay() : null,
              likelihood: pick(LIKELIHOODS),
            },
          })
        }
      },
      async () => {
        const milestone = await prisma.milestone.findFirst({ skip: Math.floor(next() * 10) })
        if (milestone) await prisma.milestone.delete({ where: { id: milestone.id } })
      },
      () =>
        prisma.disbursement.create({
          data: { projectId: pick(projectIds), date: someDay(), amountVnd: someCapital() },
        }),
      async () => {
        const handover = await prisma.clearanceHandover.findFirst()
        if (handover)
          await prisma.clearanceHandover.update({ where: { id: handover.id }, data: { hectares: 0.1 + next() } })
      },
      // Voids and corrections: the row stays, voided (or back in force, which the app never
      // does, but the triggers must follow either way), and a correction adds its new row.
      async () => {
        const change = await prisma.capitalChange.findFirst({ skip: Math.floor(next() * 3) })
        if (change) {
          await prisma.capitalChange.update({
            where: { id: change.id },
            data: { voidedAt: change.voidedAt ? null : new Date(), voidReason: 'test' },
          })
        }
      },
      async () => {
        const entry = await prisma.disbursement.findFirst({ where: { voidedAt: null }, skip: Math.floor(next() * 2) })
        if (!entry) return
        await prisma.$transaction(async (tx) => {
          await tx.disbursement.update({ where: { id: entry.id }, data: { voidedAt: new Date(), voidReason: 'test' } })
          const correction = await tx.disbursement.create({
            data: { projectId: entry.projectId, date: someDay(), amountVnd: someCapital() },
          })
          await tx.disbursement.update({ where: { id: entry.id }, data: { supersededById: correction.id } })
        })
      },
      async () => {
        const handover = await prisma.clearanceHandover.findFirst({ skip: Math.floor(next() * 2) })
        if (handover) {
          await prisma.clearanceHandover.update({
            where: { id: handover.id },
            data: { voidedAt: handover.voidedAt ? null : new Date(), hectares: 0.1 + next() },
          })
        }
      },
      async () => {
        const id = projectIds.splice(Math.floor(next() * projectIds.length), 1)[0]
        // A hard delete takes the project's status changes along (the app only soft-deletes).
        if (id && projectIds.length > 5) await wipe((tx) => tx.project.delete({ where: { id } }))
        else if (id) projectIds.push(id)
      },
    ]
    for (let step = 0; step < 150; step += 1) {
      await pick(writes)()
      if (step % 50 === 49) expect(await storedTallies()).toEqual(await expectedTallies())
    }
    expect(await storedTallies()).toEqual(await expectedTallies())
  })

  test('a write rolled back leaves them as they were', async () => {
    const ref = await getReferenceIds()
    const before = await storedTallies()
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.project.create({
          data: {
            code: 'ROLLBACK',
            name: 'Không lưu',
            nameSort: 'khong luu',
            searchText: 'rollback',
            kind: 'factory',
            sector: 'manufacturing',
            unitId: ref.unitId,
            departmentId: ref.departmentId,
            investmentType: 'fdi',
            registeredCapitalVnd: 1_000_000_000n,
            ircDate: new Date('2025-07-01T00:00:00.000Z'),
          },
        })
        throw new Error('rolled back')
      }),
    ).rejects.toThrow('rolled back')
    expect(await storedTallies()).toEqual(before)
  })
})

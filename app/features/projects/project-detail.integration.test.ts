/**
 * getProject reads on the connection directly (readOnConnection), where SQLite's own types
 * come back: it must give the same values, of the same types, as Prisma's read of the project.
 */
import { beforeEach, expect, test } from 'vitest'
import { getProject } from '~/features/projects/project-detail.server'
import { prisma } from '~/utils/db.server'
import { getReferenceIds } from '../../../tests/integration-utils'

let ref: Awaited<ReturnType<typeof getReferenceIds>>

beforeEach(async () => {
  ref = await getReferenceIds()
})

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

test('a project read for its page agrees with Prisma’s read: exact money, dates, numbers, its history', async () => {
  const investor = await prisma.investor.create({
    data: { name: 'B.Grimm Power', searchName: 'b.grimm power', country: 'TH' },
  })
  const created = await prisma.project.create({
    data: {
      code: 'QN-DET-01',
      name: 'Dự án điện gió Tiên Yên',
      nameSort: 'du an dien gio tien yen',
      searchText: 'qn-det-01',
      kind: 'wind_power',
      sector: 'energy',
      status: 'irc_issued',
      unitId: ref.unitId,
      departmentId: ref.departmentId,
      investmentType: 'fdi',
      // More than 2^53 đồng: exact only as bigint.
      registeredCapitalVnd: 9_007_199_254_740_993n,
      disbursedCapitalVnd: 12_500_000_000n,
      areaHa: 120.75,
      jobsPlanned: 350,
      policyDecisionDate: day('2024-03-01'),
      ircNumber: '5412345678',
      ircDate: day('2024-06-15'),
      investors: { create: [{ investorId: investor.id, role: 'lead', capitalShareBasisPoints: 10_000, position: 0 }] },
      milestones: { create: [{ kind: 'construction_start', plannedDate: day('2025-01-10') }] },
      statusChanges: {
        create: [
          { toStatus: 'proposed', effectiveDate: day('2023-11-01') },
          { fromStatus: 'proposed', toStatus: 'irc_issued', effectiveDate: day('2024-06-15'), note: 'GCN' },
        ],
      },
    },
  })
  const stored = await prisma.project.findUniqueOrThrow({ where: { id: created.id } })
  const read = await getProject(created.id)
  if (!read) throw new Error('not found')

  for (const field of [
    'code',
    'registeredCapitalVnd',
    'disbursedCapitalVnd',
    'areaHa',
    'jobsPlanned',
    'version',
    'policyDecisionDate',
    'ircDate',
    'deletedAt',
    'createdAt',
    'updatedAt',
  ] as const) {
    expect(read[field], field).toEqual(stored[field])
  }
  expect(typeof read.registeredCapitalVnd).toBe('bigint')
  expect(typeof read.version).toBe('number')
  expect(read.investors).toEqual([
    {
      role: 'lead',
      capitalShareBasisPoints: 10_000,
      investor: { id: investor.id, name: 'B.Grimm Power', country: 'TH' },
    },
  ])
  expect(read.milestones).toEqual([{ kind: 'construction_start', plannedDate: day('2025-01-10'), actualDate: null }])
  expect(read.statusChanges.map((change) => [change.toStatus, change.effectiveDate, change.note])).toEqual([
    ['proposed', day('2023-11-01'), null],
    ['irc_issued', day('2024-06-15'), 'GCN'],
  ])
  expect(await getProject('no-such-project')).toBeNull()
})

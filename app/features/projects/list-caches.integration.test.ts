import { type Prisma } from '@prisma/client'
/**
 * The register pages' caches (app/utils/unchanged-cache.server.ts): a page asked again while
 * nothing is written is not read again, and a write to any table the page reads makes the
 * next request read the database. The rolled-back cases need migration 20261123140000's
 * generation triggers (investors and their links, obstacle departments): a page read while
 * another request's transaction is open on the same connection sees its uncommitted rows,
 * and only the generation tells the state after the rollback from the one read.
 */
import { beforeEach, describe, expect, test } from 'vitest'
import { parseObstacleListQuery } from '~/features/obstacles/obstacle-list-query'
import { getObstacleRegister } from '~/features/obstacles/obstacle.server'
import { parseProjectListQuery } from '~/features/projects/project-list-query'
import { getProjectRegister } from '~/features/projects/project-register.server'
import { prisma } from '~/utils/db.server'
import { toSearchKey } from '~/utils/search-key'
import { forgetCachedReads } from '~/utils/unchanged-cache.server'
import { getReferenceIds } from '../../../tests/integration-utils'

const TODAY = new Date('2025-08-15T00:00:00.000Z')

let ref: Awaited<ReturnType<typeof getReferenceIds>>
let counter = 0

async function project(name: string) {
  counter += 1
  return prisma.project.create({
    data: {
      code: `LC-${counter}`,
      name,
      nameSort: toSearchKey(name),
      searchText: toSearchKey(`LC-${counter} ${name}`),
      kind: 'factory',
      sector: 'manufacturing',
      investmentType: 'fdi',
      status: 'operating',
      unitId: ref.unitId,
      departmentId: ref.departmentId,
    },
  })
}

beforeEach(async () => {
  ref = await getReferenceIds()
  forgetCachedReads('project-register')
})

describe('the project register page', () => {
  test('is reused while nothing is written', async () => {
    await project('Nhà máy bộ nhớ đệm')
    const query = parseProjectListQuery(new URLSearchParams('q=bo nho dem'))
    const first = await getProjectRegister(query)
    expect(first.list.total).toBe(1)
    expect(await getProjectRegister(query)).toBe(first)
  })

  test('follows a change of an investor’s country, which the country filter reads', async () => {
    const factory = await project('Nhà máy linh kiện Hàn Quốc')
    const investor = await prisma.investor.create({
      data: { name: 'Công ty Bộ Nhớ', searchName: `cong ty bo nho ${counter}`, country: 'JP' },
    })
    await prisma.projectInvestor.create({ data: { projectId: factory.id, investorId: investor.id, role: 'lead' } })
    const korean = parseProjectListQuery(new URLSearchParams('q=linh kien han quoc&country=KR'))
    expect((await getProjectRegister(korean)).list.total).toBe(0)

    await prisma.investor.update({ where: { id: investor.id }, data: { country: 'KR' } })
    expect((await getProjectRegister(korean)).list.total).toBe(1)

    await prisma.projectInvestor.deleteMany({ where: { projectId: factory.id } })
    expect((await getProjectRegister(korean)).list.total).toBe(0)
  })

  test('follows the open obstacle count and the exchange rate', async () => {
    const factory = await project('Nhà máy có vướng mắc')
    const query = parseProjectListQuery(new URLSearchParams('q=nha may co vuong mac'))
    expect((await getProjectRegister(query)).unresolvedObstacles[factory.id]).toBeUndefined()

    const obstacle = await prisma.obstacle.create({
      data: {
        code: `VM-LC-${counter}`,
        projectId: factory.id,
        category: 'land',
        title: 'Chậm bàn giao đất',
        raisedOn: new Date('2025-06-01T00:00:00.000Z'),
        raisedByKind: 'department',
        raisedByName: 'Sở Công Thương',
        deadline: new Date('2025-09-01T00:00:00.000Z'),
        priority: 'high',
        status: 'open',
        searchText: 'cham ban giao dat',
      },
    })
    expect((await getProjectRegister(query)).unresolvedObstacles[factory.id]).toBe(1)

    await prisma.obstacle.update({ where: { id: obstacle.id }, data: { status: 'resolved' } })
    expect((await getProjectRegister(query)).unresolvedObstacles[factory.id]).toBeUndefined()

    const rate = await prisma.exchangeRate.create({
      data: { date: new Date('2099-01-01T00:00:00.000Z'), vndPerUsd: 30_000 },
    })
    expect((await getProjectRegister(query)).rate?.vndPerUsd).toBe(30_000)
    await prisma.exchangeRate.delete({ where: { id: rate.id } })
    expect((await getProjectRegister(query)).rate?.vndPerUsd).not.toBe(30_000)
  })
})

/**
 * Runs `write` in a transaction that then waits, reads with `read` from outside while it is
 * open, and rolls back. Returns what the read saw (decision 015: the read waits for the
 * transaction to end, so it can only ever see committed rows).
 */
async function readDuringRolledBackTransaction<T>(
  write: (tx: Prisma.TransactionClient) => Promise<unknown>,
  read: () => Promise<T>,
) {
  let finish!: () => void
  const gate = new Promise<void>((resolve) => (finish = resolve))
  let wrote!: () => void
  const written = new Promise<void>((resolve) => (wrote = resolve))
  const transaction = prisma.$transaction(async (tx) => {
    await write(tx)
    wrote()
    await gate
    throw new Error('roll back')
  })
  await written
  const seen = read()
  await new Promise((resolve) => setTimeout(resolve, 20))
  finish()
  await expect(transaction).rejects.toThrow('roll back')
  return seen
}

describe('a page read during a transaction that rolls back', () => {
  test('is not served afterwards (investor links)', async () => {
    const factory = await project('Nhà máy giao dịch hoàn tác')
    const investor = await prisma.investor.create({
      data: { name: 'Công ty Hoàn Tác', searchName: `cong ty hoan tac ${counter}`, country: 'KR' },
    })
    const korean = parseProjectListQuery(new URLSearchParams('q=giao dich hoan tac&country=KR'))
    expect((await getProjectRegister(korean)).list.total).toBe(0)
    const during = await readDuringRolledBackTransaction(
      (tx) => tx.projectInvestor.create({ data: { projectId: factory.id, investorId: investor.id, role: 'lead' } }),
      () => getProjectRegister(korean),
    )
    expect(during.list.total).toBe(0)
    expect((await getProjectRegister(korean)).list.total).toBe(0)
  })

  test('is not served afterwards (obstacle departments)', async () => {
    const park = await project('Khu công nghiệp hoàn tác')
    const obstacle = await prisma.obstacle.create({
      data: {
        code: `VM-HT-${counter}`,
        projectId: park.id,
        category: 'land',
        title: 'Vướng mắc khu hoàn tác',
        raisedOn: new Date('2025-06-01T00:00:00.000Z'),
        raisedByKind: 'department',
        raisedByName: 'Sở Công Thương',
        deadline: new Date('2025-09-01T00:00:00.000Z'),
        priority: 'low',
        status: 'open',
        searchText: 'vuong mac khu hoan tac',
      },
    })
    const query = parseObstacleListQuery(new URLSearchParams('q=khu hoan tac'))
    expect((await getObstacleRegister(query, TODAY)).list.byDepartment[ref.departmentId]).toBeUndefined()
    const during = await readDuringRolledBackTransaction(
      (tx) => tx.obstacleDepartment.create({ data: { obstacleId: obstacle.id, departmentId: ref.departmentId } }),
      () => getObstacleRegister(query, TODAY),
    )
    expect(during.list.byDepartment[ref.departmentId]).toBeUndefined()
    expect((await getObstacleRegister(query, TODAY)).list.byDepartment[ref.departmentId]).toBeUndefined()
  })
})

describe('the obstacles page', () => {
  test('follows the departments an obstacle is given', async () => {
    const park = await project('Khu công nghiệp đệm')
    const obstacle = await prisma.obstacle.create({
      data: {
        code: `VM-DEM-${counter}`,
        projectId: park.id,
        category: 'infrastructure',
        title: 'Thiếu đường dẫn vào khu đệm',
        raisedOn: new Date('2025-06-01T00:00:00.000Z'),
        raisedByKind: 'enterprise',
        raisedByName: 'Công ty hạ tầng',
        deadline: new Date('2025-09-01T00:00:00.000Z'),
        priority: 'medium',
        status: 'open',
        searchText: 'thieu duong dan vao khu dem',
      },
    })
    const query = parseObstacleListQuery(new URLSearchParams('q=khu dem'))
    const before = await getObstacleRegister(query, TODAY)
    expect(before.list.total).toBe(1)
    expect(before.list.byDepartment[ref.departmentId]).toBeUndefined()
    expect(await getObstacleRegister(query, TODAY)).toBe(before)

    await prisma.obstacleDepartment.create({ data: { obstacleId: obstacle.id, departmentId: ref.departmentId } })
    expect((await getObstacleRegister(query, TODAY)).list.byDepartment[ref.departmentId]).toBe(1)
  })

  test('keys on the day, since overdue depends on it', async () => {
    const park = await project('Cụm công nghiệp quá hạn')
    await prisma.obstacle.create({
      data: {
        code: `VM-QH-${counter}`,
        projectId: park.id,
        category: 'land',
        title: 'Chưa giải phóng mặt bằng cụm quá hạn',
        raisedOn: new Date('2025-06-01T00:00:00.000Z'),
        raisedByKind: 'meeting',
        raisedByName: 'Hội nghị đối thoại',
        deadline: new Date('2025-08-15T00:00:00.000Z'),
        priority: 'high',
        status: 'open',
        searchText: 'chua giai phong mat bang cum qua han',
      },
    })
    const query = parseObstacleListQuery(new URLSearchParams('q=cum qua han'))
    expect((await getObstacleRegister(query, TODAY)).list.overdue).toBe(0)
    expect((await getObstacleRegister(query, new Date('2025-08-16T00:00:00.000Z'))).list.overdue).toBe(1)
  })
})

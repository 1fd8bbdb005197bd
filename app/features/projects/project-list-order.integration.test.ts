/**
 * The register's order and filters, read through the /projects and /projects/deleted loaders
 * on hand-made records: every sortable column in both directions (with and without a
 * search, which is a different statement), ties by name then code, kind and status in the
 * order of their vocabulary (ranks kept by migration 20261123180000's triggers), and the
 * filters whose statements that migration's indexes serve.
 */
import { beforeEach, describe, expect, test } from 'vitest'
import { type ProjectSortColumn } from '~/features/projects/project-list-query'
import { buildProjectSearchText } from '~/features/projects/project-search'
import {
  PROJECT_KINDS,
  PROJECT_STATUSES,
  type ProjectKind,
  type ProjectStatus,
} from '~/features/projects/project-vocabulary'
import { loader as deletedLoader } from '~/features/projects/routes/deleted-projects'
import { action as newAction } from '~/features/projects/routes/new-project'
import { loader as listLoader } from '~/features/projects/routes/register'
import { prisma } from '~/utils/db.server'
import { toSearchKey } from '~/utils/search-key'
import { makeRequest, routeArgs, signIn } from '../../../tests/integration-utils'

type Unit = { id: string; name: string; formerNames: string }
type Units = Record<'baoThang' | 'haTu' | 'haTuLaoCai' | 'quangHanh' | 'yenTu', Unit>
type Departments = Record<'SCT' | 'STC' | 'SXD', string>

let unitsByName: Units
let departments: Departments

async function findUnit(province: string, kind: string, name: string): Promise<Unit> {
  return prisma.administrativeUnit.findUniqueOrThrow({
    where: { province_kind_name: { province, kind, name } },
    select: { id: true, name: true, formerNames: true },
  })
}

beforeEach(async () => {
  await signIn('viewer', null, { asDefault: true })
  unitsByName = {
    baoThang: await findUnit('Lào Cai', 'commune', 'Bảo Thắng'),
    haTu: await findUnit('Quảng Ninh', 'ward', 'Hà Tu'),
    // A second place called Hà Tu (none exists in the reference data), entered after the first.
    haTuLaoCai: await prisma.administrativeUnit.upsert({
      where: { province_kind_name: { province: 'Lào Cai', kind: 'commune', name: 'Hà Tu' } },
      create: { province: 'Lào Cai', kind: 'commune', name: 'Hà Tu' },
      update: {},
      select: { id: true, name: true, formerNames: true },
    }),
    quangHanh: await findUnit('Quảng Ninh', 'ward', 'Quang Hanh'),
    yenTu: await findUnit('Quảng Ninh', 'ward', 'Yên Tử'),
  }
  const rows = await prisma.department.findMany({ where: { code: { in: ['SCT', 'STC', 'SXD'] } } })
  const idOf = (code: string) => rows.find((row) => row.code === code)?.id ?? ''
  departments = { SCT: idOf('SCT'), STC: idOf('STC'), SXD: idOf('SXD') }
})

type Made = {
  code: string
  name: string
  kind?: ProjectKind
  status?: ProjectStatus
  unit?: Unit
  department?: keyof Departments
  capital?: bigint | null
}

/** A project written straight to the database, its sort and search keys built as the app builds them. */
async function makeProject({
  code,
  name,
  kind = 'factory',
  status = 'proposed',
  unit: at = unitsByName.quangHanh,
  department = 'SCT',
  capital = null,
}: Made) {
  return prisma.project.create({
    data: {
      code,
      name,
      nameSort: toSearchKey(name),
      searchText: buildProjectSearchText({ code, name, unitName: at.name, unitFormerNames: at.formerNames }),
      kind,
      sector: 'other',
      status,
      unitId: at.id,
      departmentId: departments[department],
      investmentType: 'domestic',
      registeredCapitalVnd: capital,
    },
  })
}

async function codes(path: string) {
  const result = await listLoader(routeArgs(makeRequest(path)))
  return result.rows.map((row) => row.code)
}

describe('sorting the register', () => {
  // Six projects chosen so that every column orders them differently, with ties: T-00 and
  // T-01 share a name, a kind and a status; T-01 and T-04 the same capital; T-00, T-02 and
  // T-05 are in places called Hà Tu (T-05 in the second one, entered later).
  beforeEach(async () => {
    const { baoThang, haTu, haTuLaoCai, quangHanh, yenTu } = unitsByName
    const made: Made[] = [
      {
        code: 'T-00',
        name: 'Mỏ than Vàng Danh',
        kind: 'coal_mine',
        status: 'operating',
        unit: haTu,
        department: 'SXD',
        capital: 1_000n,
      },
      {
        code: 'T-01',
        name: 'Mỏ than Vàng Danh',
        kind: 'coal_mine',
        status: 'operating',
        unit: quangHanh,
        department: 'SCT',
        capital: 500n,
      },
      {
        code: 'T-02',
        name: 'Nhà máy điện gió Đầm Hà',
        kind: 'wind_power',
        status: 'proposed',
        unit: haTu,
        department: 'SXD',
        capital: null,
      },
      {
        code: 'T-03',
        name: 'Đường dây 110 kV',
        kind: 'other',
        status: 'cancelled',
        unit: baoThang,
        department: 'STC',
        capital: 2_000n,
      },
      {
        code: 'T-04',
        name: 'Cảng Cái Lân',
        kind: 'logistics',
        status: 'under_construction',
        unit: yenTu,
        department: 'SCT',
        capital: 500n,
      },
      {
        code: 'T-05',
        name: 'Khu công nghiệp Việt Hưng',
        kind: 'industrial_park',
        status: 'policy_approved',
        unit: haTuLaoCai,
        department: 'STC',
        capital: null,
      },
    ]
    for (const project of made) await makeProject(project)
    // Last changed: T-02 and T-03 on the same day (a tie), the others on days of their own.
    const changed: Record<string, string> = {
      'T-00': '2025-03-01',
      'T-01': '2025-01-15',
      'T-02': '2025-02-10',
      'T-03': '2025-02-10',
      'T-04': '2025-06-30',
      'T-05': '2024-12-31',
    }
    for (const [code, day] of Object.entries(changed)) {
      await prisma.project.update({ where: { code }, data: { updatedAt: new Date(`${day}T08:00:00.000Z`) } })
    }
  })

  const expected: Record<Exclude<ProjectSortColumn, 'deletedAt'>, { asc: string[]; desc: string[] }> = {
    code: {
      asc: ['T-00', 'T-01', 'T-02', 'T-03', 'T-04', 'T-05'],
      desc: ['T-05', 'T-04', 'T-03', 'T-02', 'T-01', 'T-00'],
    },
    // Cảng, Đường (Đ next to D, not after Z), Khu, Mỏ ×2 (by code), Nhà
    name: {
      asc: ['T-04', 'T-03', 'T-05', 'T-00', 'T-01', 'T-02'],
      desc: ['T-02', 'T-00', 'T-01', 'T-05', 'T-03', 'T-04'],
    },
    // coal mine ×2, wind power, industrial park, logistics, other (the vocabulary's order);
    // the two coal mines by name, then code, in both directions
    kind: {
      asc: ['T-00', 'T-01', 'T-02', 'T-05', 'T-04', 'T-03'],
      desc: ['T-03', 'T-04', 'T-05', 'T-02', 'T-00', 'T-01'],
    },
    // proposed, policy approved, under construction, operating ×2, cancelled (the lifecycle)
    status: {
      asc: ['T-02', 'T-05', 'T-04', 'T-00', 'T-01', 'T-03'],
      desc: ['T-03', 'T-00', 'T-01', 'T-04', 'T-05', 'T-02'],
    },
    // Bảo Thắng, Hà Tu (Quảng Ninh: T-00, T-02), Hà Tu (Lào Cai: T-05), Quang Hanh, Yên Tử:
    // each place's projects together and by code
    unit: {
      asc: ['T-03', 'T-00', 'T-02', 'T-05', 'T-01', 'T-04'],
      desc: ['T-04', 'T-01', 'T-05', 'T-00', 'T-02', 'T-03'],
    },
    // SCT, STC, SXD, each one's projects by code
    department: {
      asc: ['T-01', 'T-04', 'T-03', 'T-05', 'T-00', 'T-02'],
      desc: ['T-00', 'T-02', 'T-03', 'T-05', 'T-01', 'T-04'],
    },
    // 500 ×2 (by code), 1 000, 2 000, then the two without a figure (by code) in both directions
    registeredCapital: {
      asc: ['T-01', 'T-04', 'T-00', 'T-03', 'T-02', 'T-05'],
      desc: ['T-03', 'T-00', 'T-01', 'T-04', 'T-02', 'T-05'],
    },
    // T-02 and T-03 were last changed on the same day: by code
    updatedAt: {
      asc: ['T-05', 'T-01', 'T-02', 'T-03', 'T-00', 'T-04'],
      desc: ['T-04', 'T-00', 'T-02', 'T-03', 'T-01', 'T-05'],
    },
  }

  for (const [sort, order] of Object.entries(expected)) {
    test(`by ${sort}, going up and going down`, async () => {
      expect(await codes(`/projects?sort=${sort}&dir=asc`)).toEqual(order.asc)
      expect(await codes(`/projects?sort=${sort}&dir=desc`)).toEqual(order.desc)
    })

    test(`by ${sort} while searching, in the same order`, async () => {
      // Every code holds "t-0": the search matches all six, through the search's own statement.
      expect(await codes(`/projects?q=T-0&sort=${sort}&dir=asc`)).toEqual(order.asc)
      expect(await codes(`/projects?q=T-0&sort=${sort}&dir=desc`)).toEqual(order.desc)
    })
  }

  test('by filtered lists too: status and department filters keep the chosen order', async () => {
    expect(await codes('/projects?status=operating&sort=unit')).toEqual(['T-00', 'T-01'])
    expect(await codes('/projects?department=' + departments.SXD + '&sort=kind&dir=desc')).toEqual(['T-02', 'T-00'])
    expect(await codes('/projects?department=' + departments.STC + '&sort=department')).toEqual(['T-03', 'T-05'])
  })

  test('by date of deletion in the deleted view, both ways', async () => {
    const deleted: Record<string, string> = { 'T-01': '2025-07-01', 'T-03': '2025-05-20', 'T-04': '2025-07-01' }
    for (const [code, day] of Object.entries(deleted)) {
      await prisma.project.update({ where: { code }, data: { deletedAt: new Date(`${day}T09:00:00.000Z`) } })
    }
    const deletedCodes = async (query: string) =>
      (await deletedLoader(routeArgs(makeRequest(`/projects/deleted${query}`)))).rows.map((row) => row.code)
    // Most recently deleted first by default; the two deleted together by code
    expect(await deletedCodes('')).toEqual(['T-01', 'T-04', 'T-03'])
    expect(await deletedCodes('?sort=deletedAt&dir=asc')).toEqual(['T-03', 'T-01', 'T-04'])
    expect(await deletedCodes('?sort=unit&dir=asc')).toEqual(['T-03', 'T-01', 'T-04'])
    // …and the register no longer shows them, in any order
    expect(await codes('/projects?sort=department')).toEqual(['T-05', 'T-00', 'T-02'])
  })
})

describe('kind and status follow the vocabulary', () => {
  test('one project of each kind sorts in the order of PROJECT_KINDS, whatever the alphabet says', async () => {
    // Written (and coded) in reverse, so the order cannot come from the order of writing or the codes.
    for (const [index, kind] of [...PROJECT_KINDS].reverse().entries()) {
      await makeProject({ code: `K-${String(index + 1).padStart(2, '0')}`, name: 'Dự án', kind })
    }
    const kindsIn = async (query: string) =>
      (await listLoader(routeArgs(makeRequest(`/projects${query}`)))).rows.map((row) => row.kind)
    expect(await kindsIn('?sort=kind&dir=asc')).toEqual([...PROJECT_KINDS])
    expect(await kindsIn('?sort=kind&dir=desc')).toEqual([...PROJECT_KINDS].reverse())
  })

  test('one project of each status sorts in the lifecycle order, and follows a change of status', async () => {
    for (const [index, status] of [...PROJECT_STATUSES].reverse().entries()) {
      await makeProject({ code: `S-${String(index + 1).padStart(2, '0')}`, name: 'Dự án', status })
    }
    const statusesIn = async (query: string) =>
      (await listLoader(routeArgs(makeRequest(`/projects${query}`)))).rows.map((row) => row.status)
    expect(await statusesIn('?sort=status&dir=asc')).toEqual([...PROJECT_STATUSES])
    expect(await statusesIn('?sort=status&dir=desc')).toEqual([...PROJECT_STATUSES].reverse())

    // The proposed project is approved: it moves up the lifecycle, to after the other approved one.
    const proposed = await prisma.project.findFirstOrThrow({ where: { status: 'proposed' } })
    await prisma.project.update({ where: { id: proposed.id }, data: { status: 'policy_approved' } })
    const after = (await listLoader(routeArgs(makeRequest('/projects?sort=status')))).rows
    expect(after.map((row) => row.status).slice(0, 2)).toEqual(['policy_approved', 'policy_approved'])
    // Ties by name (the same) then code: S-07 (approved first) before S-08 (the one just moved)
    expect(after.slice(0, 2).map((row) => row.code)).toEqual(['S-07', 'S-08'])
  })

  test('keeps the order across pages: 30 projects of two kinds in two places', async () => {
    for (let index = 0; index < 30; index += 1) {
      await makeProject({
        code: `P-${String(index).padStart(2, '0')}`,
        name: `Dự án ${String(index % 7)}`,
        kind: index % 2 === 0 ? 'factory' : 'solar_power',
        unit: index % 3 === 0 ? unitsByName.yenTu : unitsByName.baoThang,
      })
    }
    const all = await prisma.project.findMany({ select: { code: true, kind: true, nameSort: true, unitId: true } })
    const byKindDescending = [...all]
      .sort(
        (a, b) =>
          PROJECT_KINDS.indexOf(b.kind as ProjectKind) - PROJECT_KINDS.indexOf(a.kind as ProjectKind) ||
          a.nameSort.localeCompare(b.nameSort) ||
          a.code.localeCompare(b.code),
      )
      .map((row) => row.code)
    expect([
      ...(await codes('/projects?sort=kind&dir=desc')),
      ...(await codes('/projects?sort=kind&dir=desc&page=2')),
    ]).toEqual(byKindDescending)

    const unitOrder = [unitsByName.baoThang.id, unitsByName.yenTu.id]
    const byUnit = [...all]
      .sort((a, b) => unitOrder.indexOf(a.unitId) - unitOrder.indexOf(b.unitId) || a.code.localeCompare(b.code))
      .map((row) => row.code)
    expect([...(await codes('/projects?sort=unit')), ...(await codes('/projects?sort=unit&page=2'))]).toEqual(byUnit)
  })
})

describe('places sort as Vietnamese readers expect', () => {
  test('a name starting with a letter with a diacritic sorts with its base letter: Âu Lâu, Đầm Hà, Yên Tử', async () => {
    await makeProject({ code: 'P-1', name: 'Dự án Yên Tử', unit: unitsByName.yenTu })
    await makeProject({ code: 'P-2', name: 'Dự án Đầm Hà', unit: await findUnit('Quảng Ninh', 'commune', 'Đầm Hà') })
    await makeProject({ code: 'P-3', name: 'Dự án Âu Lâu', unit: await findUnit('Lào Cai', 'ward', 'Âu Lâu') })
    expect(await codes('/projects?sort=unit')).toEqual(['P-3', 'P-2', 'P-1'])
    expect(await codes('/projects?sort=unit&dir=desc')).toEqual(['P-1', 'P-2', 'P-3'])
  })

  test("every place's sort key is its name folded as the search folds it, kept when a name changes", async () => {
    const units = await prisma.administrativeUnit.findMany({ select: { id: true, name: true, nameSort: true } })
    expect(units.length).toBeGreaterThan(20)
    for (const unit of units) expect(unit.nameSort, unit.name).toBe(toSearchKey(unit.name))

    // A place of its own, so the shared reference places stay as the other tests expect. The
    // key is read back: a trigger writes it after the statement.
    const { id } = await prisma.administrativeUnit.create({
      data: { province: 'Quảng Ninh', kind: 'ward', name: 'Đông Triều Thử' },
    })
    const keyOf = async () => (await prisma.administrativeUnit.findUniqueOrThrow({ where: { id } })).nameSort
    expect(await keyOf()).toBe('dong trieu thu')
    await prisma.administrativeUnit.update({ where: { id }, data: { name: 'Ưông Bí Mới' } })
    expect(await keyOf()).toBe('uong bi moi')
    await prisma.administrativeUnit.delete({ where: { id } })
  })
})

describe('filtering the register', () => {
  test('by status and by department, counting only the matching projects', async () => {
    await makeProject({ code: 'F-01', name: 'Nhà máy A', status: 'operating', department: 'SCT' })
    await makeProject({ code: 'F-02', name: 'Nhà máy B', status: 'operating', department: 'STC' })
    await makeProject({ code: 'F-03', name: 'Nhà máy C', status: 'site_clearance', department: 'STC' })
    const deleted = await makeProject({ code: 'F-04', name: 'Nhà máy D', status: 'operating', department: 'STC' })
    await prisma.project.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } })

    const list = (query: string) => listLoader(routeArgs(makeRequest(`/projects${query}`)))
    const operating = await list('?status=operating')
    expect(operating.rows.map((row) => row.code)).toEqual(['F-01', 'F-02'])
    expect(operating.total).toBe(2)
    const stc = await list(`?department=${departments.STC}`)
    expect(stc.rows.map((row) => row.code)).toEqual(['F-02', 'F-03'])
    expect(stc.total).toBe(2)
    expect((await list(`?status=operating&department=${departments.STC}`)).rows.map((row) => row.code)).toEqual([
      'F-02',
    ])
    expect((await list(`?status=suspended&department=${departments.STC}`)).total).toBe(0)
  })

  test('by investor country: each project once, however many investors it has from there', async () => {
    const korean = await prisma.investor.create({ data: { name: 'Hanwha', searchName: 'hanwha', country: 'KR' } })
    const korean2 = await prisma.investor.create({ data: { name: 'Doosan', searchName: 'doosan', country: 'KR' } })
    const vietnamese = await prisma.investor.create({ data: { name: 'TKV', searchName: 'tkv', country: 'VN' } })
    const both = await makeProject({ code: 'C-01', name: 'Hai nhà đầu tư Hàn Quốc', capital: 300n })
    const mixed = await makeProject({ code: 'C-02', name: 'Liên doanh', capital: 200n })
    const domestic = await makeProject({ code: 'C-03', name: 'Trong nước', capital: 100n })
    const gone = await makeProject({ code: 'C-04', name: 'Đã xoá', capital: 50n })
    const links = [
      { projectId: both.id, investorId: korean.id },
      { projectId: both.id, investorId: korean2.id },
      { projectId: mixed.id, investorId: korean.id },
      { projectId: mixed.id, investorId: vietnamese.id },
      { projectId: domestic.id, investorId: vietnamese.id },
      { projectId: gone.id, investorId: korean.id },
    ]
    for (const link of links) await prisma.projectInvestor.create({ data: { ...link, role: 'lead' } })
    await prisma.project.update({ where: { id: gone.id }, data: { deletedAt: new Date() } })

    const list = (query: string) => listLoader(routeArgs(makeRequest(`/projects${query}`)))
    const kr = await list('?country=KR')
    expect(kr.rows.map((row) => row.code)).toEqual(['C-01', 'C-02'])
    expect(kr.total).toBe(2)
    expect(kr.registeredTotalVnd).toBe(500n)
    expect((await list('?country=VN&sort=registeredCapital&dir=desc')).rows.map((row) => row.code)).toEqual([
      'C-02',
      'C-03',
    ])
    expect((await list('?country=JP')).total).toBe(0)
    // With a search too (the search's own statement)
    expect((await list('?country=KR&q=lien+doanh')).rows.map((row) => row.code)).toEqual(['C-02'])
  })
})

describe('searching the register', () => {
  test('finds a project by the former name of its commune or ward, with or without diacritics', async () => {
    // Entered through the form, so the search text is the app's own: Hà Tu ward was Hà Phong ward.
    await signIn('editor', 'SCT', { asDefault: true })
    const response = await newAction(
      routeArgs(
        makeRequest('/projects/new', {
          method: 'POST',
          form: {
            code: 'QN-HT-01',
            name: 'Nhà máy xử lý nước thải Hà Tu',
            kind: 'other',
            sector: 'water_waste',
            unitId: unitsByName.haTu.id,
            departmentId: departments.SCT,
            investmentType: 'domestic',
            'investors[0].name': 'Công ty Môi trường Đô thị Hạ Long',
            'investors[0].country': 'VN',
            'investors[0].role': 'lead',
          },
        }),
      ),
    )
    expect(response).toBeInstanceOf(Response)
    await makeProject({ code: 'QN-QH-01', name: 'Nhà máy khác', unit: unitsByName.quangHanh })

    expect(unitsByName.haTu.formerNames).toContain('Hà Phong')
    expect(await codes('/projects?q=H%C3%A0+Phong')).toEqual(['QN-HT-01'])
    expect(await codes('/projects?q=phuong+ha+phong')).toEqual(['QN-HT-01'])
    expect(await codes('/projects?q=ha+phong&sort=unit&dir=desc')).toEqual(['QN-HT-01'])
  })
})

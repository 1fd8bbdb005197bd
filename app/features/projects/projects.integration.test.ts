import { beforeEach, describe, expect, test } from 'vitest'
import { action as statusAction } from '~/features/projects/routes/change-status'
import { action as deleteAction } from '~/features/projects/routes/delete-project'
import { loader as deletedLoader } from '~/features/projects/routes/deleted-projects'
import { action as editAction, loader as editLoader } from '~/features/projects/routes/edit-project'
import { action as newAction } from '~/features/projects/routes/new-project'
import { loader as projectLoader } from '~/features/projects/routes/project-overview'
import { loader as listLoader } from '~/features/projects/routes/register'
import { action as restoreAction } from '~/features/projects/routes/restore-project'
import { prisma } from '~/utils/db.server'
import { provinceToday, toDateInputValue } from '~/utils/format'
import { getReferenceIds, makeRequest, routeArgs, settle, signIn, unwrapData } from '../../../tests/integration-utils'

type Reply = {
  result: { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> }
}

let ref: Awaited<ReturnType<typeof getReferenceIds>>

beforeEach(async () => {
  ref = await getReferenceIds()
  await signIn('editor', 'SCT', { asDefault: true })
})

function projectForm(overrides: Record<string, string> = {}) {
  return {
    code: 'QN-HR-01',
    name: 'Dự án mở rộng mỏ than hầm lò Hà Ráng',
    nameEn: 'Hà Ráng underground mine expansion',
    kind: 'underground_mine',
    sector: 'mining',
    unitId: ref.unitId,
    departmentId: ref.departmentId,
    investmentType: 'domestic',
    registeredCapitalVnd: '2.216.450.000.000',
    disbursedCapitalVnd: '350.000.000.000',
    areaHa: '120,5',
    'investors[0].name': 'Công ty CP Than Hà Lầm – Vinacomin',
    'investors[0].country': 'VN',
    'investors[0].role': 'lead',
    'investors[0].capitalShare': '100',
    'milestones.construction_start.plannedDate': '2025-09-30',
    ...overrides,
  }
}

async function createProject(overrides: Record<string, string> = {}) {
  const response = await newAction(
    routeArgs(makeRequest('/projects/new', { method: 'POST', form: projectForm(overrides) })),
  )
  if (!(response instanceof Response))
    throw new Error(`create failed: ${JSON.stringify(unwrapData<Reply>(response).data.result.error)}`)
  const id = response.headers.get('Location')?.split('/').pop() ?? ''
  return { response, id }
}

describe('creating a project', () => {
  test('writes the project, its investor, milestones and first status, then redirects to it', async () => {
    const { response, id } = await createProject()
    expect(response.status).toBe(302)
    expect(response.headers.get('Location')).toBe(`/projects/${id}`)

    const project = await prisma.project.findUniqueOrThrow({
      where: { id },
      include: { investors: { include: { investor: true } }, milestones: true, statusChanges: true },
    })
    expect(project.registeredCapitalVnd).toBe(2_216_450_000_000n)
    expect(project.areaHa).toBe(120.5)
    expect(project.status).toBe('proposed')
    expect(project.investors.map((row) => [row.investor.name, row.role, row.capitalShareBasisPoints])).toEqual([
      ['Công ty CP Than Hà Lầm – Vinacomin', 'lead', 10_000],
    ])
    expect(project.milestones).toHaveLength(5)
    expect(project.milestones.find((m) => m.kind === 'construction_start')?.plannedDate?.toISOString()).toBe(
      '2025-09-30T00:00:00.000Z',
    )
    expect(project.statusChanges.map((change) => [change.fromStatus, change.toStatus])).toEqual([[null, 'proposed']])
  })

  test('on bad input answers 400 with field messages, keeps what was typed and writes nothing', async () => {
    const form = projectForm({
      name: '',
      areaHa: '-3',
      registeredCapitalVnd: '1.000,5',
      'investors[0].capitalShare': 'abc',
    })
    const result = await newAction(routeArgs(makeRequest('/projects/new', { method: 'POST', form })))
    const { status, data } = unwrapData<Reply>(result)
    expect(status).toBe(400)
    expect(data.result.error?.name).toEqual(['errors.required'])
    expect(data.result.error?.areaHa).toEqual(['errors.negative'])
    expect(data.result.error?.registeredCapitalVnd).toEqual(['errors.wholeDong'])
    expect(data.result.error?.['investors[0].capitalShare']).toEqual(['errors.numberFormat'])
    expect(data.result.initialValue).toMatchObject({ code: 'QN-HR-01', areaHa: '-3', registeredCapitalVnd: '1.000,5' })
    expect(await prisma.project.count()).toBe(0)
    expect(await prisma.investor.count()).toBe(0)
  })

  test('refuses a duplicate code and an unknown place with messages, not a 500', async () => {
    await createProject()
    const duplicate = await newAction(
      routeArgs(makeRequest('/projects/new', { method: 'POST', form: projectForm({ code: 'qn-hr-01' }) })),
    )
    expect(unwrapData<Reply>(duplicate).data.result.error?.code).toEqual(['errors.codeTaken'])

    const unknownUnit = await newAction(
      routeArgs(
        makeRequest('/projects/new', { method: 'POST', form: projectForm({ code: 'QN-X', unitId: 'nowhere' }) }),
      ),
    )
    expect(unwrapData<Reply>(unknownUnit).status).toBe(400)
    expect(unwrapData<Reply>(unknownUnit).data.result.error?.unitId).toEqual(['errors.unknownOption'])
    expect(await prisma.project.count()).toBe(1)
  })
})

describe('the project register', () => {
  beforeEach(async () => {
    await createProject()
    await createProject({
      code: 'QN-BG-01',
      name: 'Nhà máy điện gió B.Grimm Quảng Ninh',
      nameEn: 'B.Grimm wind power',
      kind: 'wind_power',
      sector: 'energy',
      investmentType: 'fdi',
      unitId: ref.otherUnitId,
      registeredCapitalVnd: '5.000.000.000.000',
      disbursedCapitalVnd: '0',
      'investors[0].name': 'B.Grimm Power Public Company Limited',
      'investors[0].country': 'TH',
    })
  })

  async function list(query: string) {
    return listLoader(routeArgs(makeRequest(`/projects${query}`)))
  }

  test('sends each row as the table shows it: place, department, capital and date written out', async () => {
    const { rows } = await list('?q=grimm')
    const unit = await prisma.administrativeUnit.findUniqueOrThrow({ where: { id: ref.otherUnitId } })
    const kind = { commune: 'Xã', ward: 'Phường', special_zone: 'Đặc khu' }[unit.kind]
    expect(rows[0]).toMatchObject({
      code: 'QN-BG-01',
      place: `${kind} ${unit.name}`,
      registeredCapital: '5.000 tỷ đồng',
      updatedOn: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
    })
    expect(rows[0]?.department.name).toMatch(/^Sở |^Ban /)
    expect(rows[0]).not.toHaveProperty('registeredCapitalVnd')
  })

  test('finds "Hà Ráng" when searched without diacritics, and by investor', async () => {
    expect((await list('?q=ha+rang')).rows.map((row) => row.code)).toEqual(['QN-HR-01'])
    expect((await list('?q=HA%20LAM')).rows.map((row) => row.code)).toEqual(['QN-HR-01'])
    expect((await list('?q=grimm')).rows.map((row) => row.code)).toEqual(['QN-BG-01'])
  })

  test('filters by kind, origin of capital, investor country and place, and counts the set', async () => {
    expect((await list('?kind=wind_power')).total).toBe(1)
    expect((await list('?type=fdi')).rows[0]?.code).toBe('QN-BG-01')
    expect((await list('?country=TH')).rows.map((row) => row.code)).toEqual(['QN-BG-01'])
    expect((await list(`?unit=${ref.unitId}`)).rows.map((row) => row.code)).toEqual(['QN-HR-01'])
    expect((await list('?kind=coal_mine')).total).toBe(0)
  })

  test('adds up capital exactly over the filtered set', async () => {
    const all = await list('')
    expect(all.registeredTotalVnd).toBe(7_216_450_000_000n)
    expect(all.disbursedTotalVnd).toBe(350_000_000_000n)
    expect((await list('?type=fdi')).registeredTotalVnd).toBe(5_000_000_000_000n)
  })

  test('sorts by any column in both directions and ignores nonsense parameters', async () => {
    expect((await list('?sort=registeredCapital&dir=desc')).rows.map((row) => row.code)).toEqual([
      'QN-BG-01',
      'QN-HR-01',
    ])
    expect((await list('?sort=registeredCapital&dir=asc')).rows.map((row) => row.code)).toEqual([
      'QN-HR-01',
      'QN-BG-01',
    ])
    const odd = await list('?sort=evil&dir=sideways&page=-4&kind=spaceport')
    expect(odd.total).toBe(2)
    expect(odd.query).toMatchObject({ sort: 'name', dir: 'asc', page: 1 })
  })

  test('paginates 25 to a page', async () => {
    for (let index = 0; index < 26; index += 1) {
      await prisma.project.create({
        data: {
          code: `BULK-${String(index).padStart(2, '0')}`,
          name: `Bulk ${index}`,
          nameSort: `bulk ${index}`,
          kind: 'factory',
          sector: 'manufacturing',
          unitId: ref.unitId,
          departmentId: ref.departmentId,
          investmentType: 'domestic',
          searchText: `bulk ${index}`,
        },
      })
    }
    const page2 = await list('?sort=code&page=2')
    expect(page2.total).toBe(28)
    expect(page2.pageCount).toBe(2)
    expect(page2.rows).toHaveLength(3)
  })
})

describe('editing', () => {
  test('saves a change made on the current version, and refuses one made on a stale copy with 409', async () => {
    const { id } = await createProject()
    const loaded = await editLoader(routeArgs(makeRequest(`/projects/${id}/edit`), { projectId: id }))
    expect(loaded.defaults.registeredCapitalVnd).toBe('2.216.450.000.000')
    const version = String(loaded.defaults.version)

    const first = await editAction(
      routeArgs(
        makeRequest(`/projects/${id}/edit`, {
          method: 'POST',
          form: projectForm({ version, registeredCapitalVnd: '2.500.000.000.000' }),
        }),
        {
          projectId: id,
        },
      ),
    )
    expect(first).toBeInstanceOf(Response)

    const stale = await editAction(
      routeArgs(
        makeRequest(`/projects/${id}/edit`, { method: 'POST', form: projectForm({ version, name: 'Tên khác' }) }),
        {
          projectId: id,
        },
      ),
    )
    const { status, data } = unwrapData<Reply>(stale)
    expect(status).toBe(409)
    expect(data.result.initialValue).toMatchObject({ name: 'Tên khác' })
    const saved = await prisma.project.findUniqueOrThrow({ where: { id } })
    expect(saved.name).toBe('Dự án mở rộng mỏ than hầm lò Hà Ráng')
    expect(saved.registeredCapitalVnd).toBe(2_500_000_000_000n)
  })

  test('an unknown project is a 404', async () => {
    const result = await settle(() => projectLoader(routeArgs(makeRequest('/projects/nope'), { projectId: 'nope' })))
    expect(result).toBeInstanceOf(Response)
    expect((result as Response).status).toBe(404)
  })
})

describe('changing status', () => {
  function changeStatus(id: string, form: Record<string, string>) {
    return statusAction(routeArgs(makeRequest(`/projects/${id}/status`, { method: 'POST', form }), { projectId: id }))
  }

  test('moves forward, records the change and fills the milestone it reaches', async () => {
    const { id } = await createProject()
    const today = toDateInputValue(provinceToday())
    expect(await changeStatus(id, { toStatus: 'irc_issued', effectiveDate: today })).toBeInstanceOf(Response)
    expect(await changeStatus(id, { toStatus: 'under_construction', effectiveDate: today })).toBeInstanceOf(Response)

    const project = await prisma.project.findUniqueOrThrow({
      where: { id },
      include: { statusChanges: true, milestones: true },
    })
    expect(project.status).toBe('under_construction')
    expect(project.statusChanges.map((change) => change.toStatus)).toEqual([
      'proposed',
      'irc_issued',
      'under_construction',
    ])
    expect(
      project.milestones
        .find((m) => m.kind === 'construction_start')
        ?.actualDate?.toISOString()
        .slice(0, 10),
    ).toBe(today)
  })

  test('needs a reason to go back, suspend or cancel; refuses everything once cancelled', async () => {
    const { id } = await createProject()
    const today = toDateInputValue(provinceToday())
    await changeStatus(id, { toStatus: 'irc_issued', effectiveDate: today })

    const back = unwrapData<Reply>(await changeStatus(id, { toStatus: 'proposed', effectiveDate: today }))
    expect(back.status).toBe(400)
    expect(back.data.result.error?.reason).toEqual(['status.errors.reasonRequired'])

    expect(
      await changeStatus(id, { toStatus: 'cancelled', effectiveDate: today, reason: 'Nhà đầu tư rút lui' }),
    ).toBeInstanceOf(Response)
    const after = unwrapData<Reply>(await changeStatus(id, { toStatus: 'operating', effectiveDate: today }))
    expect(after.data.result.error?.toStatus).toEqual(['status.errors.fromCancelled'])
    expect((await prisma.project.findUniqueOrThrow({ where: { id } })).status).toBe('cancelled')
  })

  test('refuses an effective date before the last change or in the future', async () => {
    const { id } = await createProject()
    const early = unwrapData<Reply>(await changeStatus(id, { toStatus: 'irc_issued', effectiveDate: '2000-01-01' }))
    expect(early.data.result.error?.effectiveDate?.[0]).toMatch(/^status\.errors\.beforeLast:/)
    const future = unwrapData<Reply>(await changeStatus(id, { toStatus: 'irc_issued', effectiveDate: '2099-01-01' }))
    expect(future.data.result.error?.effectiveDate).toEqual(['status.errors.inFuture'])
    expect(await prisma.statusChange.count({ where: { projectId: id } })).toBe(1)
  })
})

describe('deleting and restoring', () => {
  test('a deleted project leaves the register for the deleted view, and comes back when restored', async () => {
    const { id } = await createProject()
    const deleted = await deleteAction(
      routeArgs(makeRequest(`/projects/${id}/delete`, { method: 'POST' }), { projectId: id }),
    )
    expect(deleted.headers.get('Location')).toBe('/projects/deleted')
    expect((await listLoader(routeArgs(makeRequest('/projects')))).total).toBe(0)
    expect((await deletedLoader(routeArgs(makeRequest('/projects/deleted')))).rows.map((row) => row.id)).toEqual([id])

    const restored = await restoreAction(
      routeArgs(makeRequest(`/projects/${id}/restore`, { method: 'POST' }), { projectId: id }),
    )
    expect(restored.headers.get('Location')).toBe(`/projects/${id}`)
    expect((await listLoader(routeArgs(makeRequest('/projects')))).total).toBe(1)
  })

  test('a deleted project cannot be edited', async () => {
    const { id } = await createProject()
    await deleteAction(routeArgs(makeRequest(`/projects/${id}/delete`, { method: 'POST' }), { projectId: id }))
    const result = await settle(() => editLoader(routeArgs(makeRequest(`/projects/${id}/edit`), { projectId: id })))
    expect((result as Response).status).toBe(404)
  })
})

describe('sorting by status', () => {
  test('follows the lifecycle, not the alphabet, across page boundaries', async () => {
    const statuses = ['operating', 'proposed', 'irc_issued', 'cancelled', 'site_clearance']
    for (let index = 0; index < 30; index += 1) {
      const status = statuses[index % statuses.length] ?? 'proposed'
      await prisma.project.create({
        data: {
          code: `S-${String(index).padStart(2, '0')}`,
          name: `Dự án ${index}`,
          nameSort: `du an ${String(index).padStart(2, '0')}`,
          kind: 'factory',
          sector: 'manufacturing',
          status,
          unitId: ref.unitId,
          departmentId: ref.departmentId,
          investmentType: 'domestic',
          searchText: `s-${index}`,
        },
      })
    }
    const list = (query: string) => listLoader(routeArgs(makeRequest(`/projects${query}`)))
    const page1 = await list('?sort=status&dir=asc')
    const page2 = await list('?sort=status&dir=asc&page=2')
    const order = [...page1.rows, ...page2.rows].map((row) => row.status)
    expect(order).toHaveLength(30)
    expect(order.slice(0, 6).every((status) => status === 'proposed')).toBe(true)
    expect(order.slice(6, 12).every((status) => status === 'irc_issued')).toBe(true)
    expect(order.slice(12, 18).every((status) => status === 'site_clearance')).toBe(true)
    expect(order.slice(18, 24).every((status) => status === 'operating')).toBe(true)
    expect(order.slice(24).every((status) => status === 'cancelled')).toBe(true)
    // Within one status, by name
    expect(page1.rows.slice(0, 6).map((row) => row.code)).toEqual(['S-01', 'S-06', 'S-11', 'S-16', 'S-21', 'S-26'])

    const descending = await list('?sort=status&dir=desc')
    expect(descending.rows[0]?.status).toBe('cancelled')
  })
})

describe('permissions', () => {
  test('a viewer’s direct POST to an edit URL is refused with 403 and written to the audit trail', async () => {
    const { id } = await createProject()
    const viewer = await signIn('viewer', 'SCT')
    const before = await prisma.project.findUniqueOrThrow({ where: { id } })
    const result = await settle(() =>
      editAction(
        routeArgs(
          makeRequest(`/projects/${id}/edit`, {
            method: 'POST',
            cookie: viewer.cookie,
            form: projectForm({ version: String(before.version), name: 'Đổi tên trái phép' }),
          }),
          { projectId: id },
        ),
      ),
    )
    expect((result as Response).status).toBe(403)
    expect((await prisma.project.findUniqueOrThrow({ where: { id } })).name).toBe(before.name)
    const refusal = await prisma.auditLog.findFirst({
      where: { action: 'access_denied', userId: viewer.user.id, entityId: id },
    })
    expect(refusal?.detail).toContain('update:project')
    expect(refusal?.detail).toContain('POST')
  })

  test('an editor cannot move a project into another department', async () => {
    const { id } = await createProject()
    const project = await prisma.project.findUniqueOrThrow({ where: { id } })
    const other = await prisma.department.findUniqueOrThrow({ where: { code: 'BQLKKT' } })
    const result = await editAction(
      routeArgs(
        makeRequest(`/projects/${id}/edit`, {
          method: 'POST',
          form: projectForm({ version: String(project.version), departmentId: other.id }),
        }),
        { projectId: id },
      ),
    )
    const { status, data } = unwrapData<Reply>(result)
    expect(status).toBe(403)
    expect(data.result.error?.departmentId).toEqual(['auth.errors.departmentNotAllowed'])
    expect((await prisma.project.findUniqueOrThrow({ where: { id } })).departmentId).toBe(project.departmentId)
  })

  test('every change is in the audit trail with who, what and the fields before and after', async () => {
    const { id } = await createProject()
    const version = String((await prisma.project.findUniqueOrThrow({ where: { id } })).version)
    await editAction(
      routeArgs(
        makeRequest(`/projects/${id}/edit`, {
          method: 'POST',
          form: projectForm({ version, registeredCapitalVnd: '2.500.000.000.000' }),
        }),
        { projectId: id },
      ),
    )
    const rows = await prisma.auditLog.findMany({
      where: { entityType: 'project', entityId: id },
      orderBy: { at: 'asc' },
    })
    expect(rows.map((row) => row.action)).toEqual(['create', 'update'])
    expect(rows[1]?.userName).toBe('Test editor SCT')
    expect(JSON.parse(rows[1]?.changes ?? '{}')).toEqual({ registeredCapitalVnd: ['2216450000000', '2500000000000'] })
  })
})

import { beforeEach, describe, expect, test } from 'vitest'
import { type ProjectEditConflict } from '~/features/projects/project-merge'
import { action as editAction, loader as editLoader } from '~/features/projects/routes/edit-project'
import { action as newAction, loader as newLoader } from '~/features/projects/routes/new-project'
import { prisma } from '~/utils/db.server'
import {
  expectSavedOnce,
  getReferenceIds,
  makeRequest,
  routeArgs,
  sendTwiceAtOnce,
  signIn,
  unwrapData,
} from '../../../tests/integration-utils'

type Reply = {
  result: { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> }
  conflict?: ProjectEditConflict
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
    nameEn: '',
    kind: 'underground_mine',
    sector: 'mining',
    unitId: ref.unitId,
    departmentId: ref.departmentId,
    investmentType: 'domestic',
    registeredCapitalVnd: '2.216.450.000.000',
    'investors[0].name': 'Công ty CP Than Hà Lầm – Vinacomin',
    'investors[0].country': 'VN',
    'investors[0].role': 'lead',
    'investors[0].capitalShare': '100',
    'milestones.construction_start.plannedDate': '2025-09-30',
    ...overrides,
  }
}

/** Nested form values (Conform's initialValue) as the browser would post them. */
function toFormFields(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return prefix ? { [prefix]: value } : {}
  if (Array.isArray(value)) {
    return Object.assign({}, ...value.map((item, index) => toFormFields(item, `${prefix}[${index}]`)))
  }
  if (value && typeof value === 'object') {
    return Object.assign(
      {},
      ...Object.entries(value).map(([key, item]) => toFormFields(item, prefix ? `${prefix}.${key}` : key)),
    )
  }
  return {}
}

async function createProject() {
  const response = await newAction(routeArgs(makeRequest('/projects/new', { method: 'POST', form: projectForm() })))
  if (!(response instanceof Response)) throw new Error('create failed')
  return response.headers.get('Location')?.split('/').pop() ?? ''
}

/** The edit page as a browser opens it: its fields, its version and its merge base. */
async function openEditor(id: string) {
  const loaded = await editLoader(routeArgs(makeRequest(`/projects/${id}/edit`), { projectId: id }))
  const { version, ...values } = loaded.defaults
  return { ...toFormFields(values), version: String(version), base: loaded.base }
}

function saveEdit(id: string, form: Record<string, string>) {
  return editAction(routeArgs(makeRequest(`/projects/${id}/edit`, { method: 'POST', form }), { projectId: id }))
}

describe('two people editing the same project', () => {
  test('the first save wins; the second gets 409 with its values and the current ones, and overwrites nothing', async () => {
    const id = await createProject()
    const first = await openEditor(id)
    const second = await openEditor(id)

    expect(await saveEdit(id, { ...first, registeredCapitalVnd: '2.500.000.000.000' })).toBeInstanceOf(Response)
    const stale = await saveEdit(id, { ...second, registeredCapitalVnd: '3.000.000.000.000' })
    const { status, data } = unwrapData<Reply>(stale)

    expect(status).toBe(409)
    const saved = await prisma.project.findUniqueOrThrow({ where: { id } })
    expect(saved.registeredCapitalVnd).toBe(2_500_000_000_000n)
    expect(data.conflict?.version).toBe(saved.version)
    expect(data.conflict?.mine.registeredCapitalVnd).toBe('3.000.000.000.000')
    expect(data.conflict?.current.registeredCapitalVnd).toBe('2.500.000.000.000')
    expect(data.conflict?.current.name).toBe('Dự án mở rộng mỏ than hầm lò Hà Ráng')
    // The panel's rows: only the field that differs, both changed it, the form keeps mine.
    expect(data.conflict?.fields).toEqual([
      {
        field: 'registeredCapitalVnd',
        mine: '3.000.000.000.000',
        current: '2.500.000.000.000',
        outcome: 'conflict',
      },
    ])
    expect(data.result.initialValue).toMatchObject({
      registeredCapitalVnd: '3.000.000.000.000',
      version: String(saved.version),
    })
    expect(await prisma.auditLog.count({ where: { entityId: id, action: 'update' } })).toBe(1)
  })

  test('a stale edit of another field is merged with the first: saving the merged form keeps both', async () => {
    const id = await createProject()
    const first = await openEditor(id)
    const second = await openEditor(id)

    expect(await saveEdit(id, { ...first, registeredCapitalVnd: '2.500.000.000.000' })).toBeInstanceOf(Response)
    const stale = unwrapData<Reply>(await saveEdit(id, { ...second, nameEn: 'Hà Ráng mine expansion' }))

    expect(stale.status).toBe(409)
    const merged = stale.data.result.initialValue ?? {}
    expect(merged).toMatchObject({ registeredCapitalVnd: '2.500.000.000.000', nameEn: 'Hà Ráng mine expansion' })
    expect(stale.data.conflict?.fields.map((row) => [row.field, row.outcome])).toEqual([
      ['nameEn', 'mine'],
      ['registeredCapitalVnd', 'theirs'],
    ])

    // The browser posts what the form now holds: the merged values on the current version.
    const retried = await saveEdit(id, toFormFields(merged))
    expect(retried).toBeInstanceOf(Response)
    expect((retried as Response).headers.get('Location')).toBe(`/projects/${id}`)
    const saved = await prisma.project.findUniqueOrThrow({ where: { id } })
    expect(saved.registeredCapitalVnd).toBe(2_500_000_000_000n)
    expect(saved.nameEn).toBe('Hà Ráng mine expansion')
    expect(saved.version).toBe(3)
  })

  test('a stale edit of the investors and a milestone keeps the other person’s capital', async () => {
    const id = await createProject()
    const first = await openEditor(id)
    const second = await openEditor(id)

    await saveEdit(id, { ...first, registeredCapitalVnd: '2.500.000.000.000' })
    const stale = unwrapData<Reply>(
      await saveEdit(id, {
        ...second,
        'investors[0].capitalShare': '60',
        'investors[1].name': 'Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam',
        'investors[1].country': 'VN',
        'investors[1].role': 'partner',
        'investors[1].capitalShare': '40',
        'milestones.commissioning.plannedDate': '2027-06-30',
      }),
    )
    expect(stale.status).toBe(409)
    expect(await saveEdit(id, toFormFields(stale.data.result.initialValue))).toBeInstanceOf(Response)

    const saved = await prisma.project.findUniqueOrThrow({
      where: { id },
      include: { investors: { orderBy: { position: 'asc' } }, milestones: true },
    })
    expect(saved.registeredCapitalVnd).toBe(2_500_000_000_000n)
    expect(saved.investors.map((row) => row.capitalShareBasisPoints)).toEqual([6000, 4000])
    expect(
      saved.milestones
        .find((row) => row.kind === 'commissioning')
        ?.plannedDate?.toISOString()
        .slice(0, 10),
    ).toBe('2027-06-30')
  })

  test('the same edit sent twice (a double click on Save) is saved once and both answers redirect', async () => {
    const id = await createProject()
    const form = { ...(await openEditor(id)), registeredCapitalVnd: '2.500.000.000.000' }

    const first = await saveEdit(id, form)
    const second = await saveEdit(id, form)
    expect(first).toBeInstanceOf(Response)
    expect(second).toBeInstanceOf(Response)
    expect((second as Response).status).toBe(302)
    expect((second as Response).headers.get('Location')).toBe(`/projects/${id}`)
    expect(await prisma.auditLog.count({ where: { entityId: id, action: 'update' } })).toBe(1)
    expect((await prisma.project.findUniqueOrThrow({ where: { id } })).version).toBe(2)
  })
})

describe('sending the create form twice', () => {
  async function openCreateForm() {
    const loaded = await newLoader(routeArgs(makeRequest('/projects/new')))
    return projectForm({ submissionKey: loaded.submissionKey })
  }

  function create(form: Record<string, string>, cookie?: string) {
    return newAction(routeArgs(makeRequest('/projects/new', { method: 'POST', form, cookie })))
  }

  test('one after the other makes one project and both answers lead to it', async () => {
    const form = await openCreateForm()
    const first = await create(form)
    const second = await create(form)

    expect(first).toBeInstanceOf(Response)
    expect(second).toBeInstanceOf(Response)
    const location = (first as Response).headers.get('Location')
    expect(location).toMatch(/^\/projects\/\w+$/)
    expect((second as Response).headers.get('Location')).toBe(location)
    expect(await prisma.project.count()).toBe(1)
    expect(await prisma.submissionKey.count()).toBe(1)
  })

  test('at the same moment makes one project', async () => {
    const form = await openCreateForm()
    const location = expectSavedOnce(await sendTwiceAtOnce((cookie) => create(form, cookie)))
    expect(location).toMatch(/^\/projects\/\w+$/)
    expect(await prisma.project.count()).toBe(1)
  })

  test('at the same moment from two accounts makes one project and refuses the other', async () => {
    const form = await openCreateForm()
    const other = await signIn('editor', 'SCT')
    const answers = await sendTwiceAtOnce((cookie) => create(form, cookie), [undefined, other.cookie])
    expectSavedOnce(answers, { twoAccounts: true })
    expect(await prisma.project.count()).toBe(1)
  })

  test('two forms with the same new code at the same moment: one project, the other told its code is taken', async () => {
    const [first, second] = [await openCreateForm(), await openCreateForm()]
    const answers = await Promise.all([create(first), create(second)])

    // Only the key's own violation is "sent again": the code's keeps its field message.
    expect(answers.filter((answer) => answer instanceof Response)).toHaveLength(1)
    const refused = unwrapData<Reply>(answers.find((answer) => !(answer instanceof Response)))
    expect(refused.status).toBe(400)
    expect(refused.data.result.error?.code).toEqual(['errors.codeTaken'])
    expect(await prisma.project.count()).toBe(1)
  })

  test('each opened form has its own key, so two forms make two projects', async () => {
    expect(await create(await openCreateForm())).toBeInstanceOf(Response)
    expect(await create({ ...(await openCreateForm()), code: 'QN-HR-02' })).toBeInstanceOf(Response)
    expect(await prisma.project.count()).toBe(2)
  })

  test('a key recorded for someone else is refused and creates nothing', async () => {
    const form = await openCreateForm()
    expect(await create(form)).toBeInstanceOf(Response)
    const other = await signIn('editor', 'SCT')

    const { status, data } = unwrapData<Reply>(await create({ ...form, code: 'QN-HR-09' }, other.cookie))
    expect(status).toBe(400)
    expect(data.result.error?.['']).toEqual(['conflict.formNotYours'])
    expect(await prisma.project.count()).toBe(1)
  })

  test('a malformed key is refused', async () => {
    const { status } = unwrapData<Reply>(await create(projectForm({ submissionKey: 'not-a-key' })))
    expect(status).toBe(400)
    expect(await prisma.project.count()).toBe(0)
  })
})

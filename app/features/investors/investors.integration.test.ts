import { beforeEach, describe, expect, test } from 'vitest'
import { action as investorAction, loader as investorLoader } from '~/features/investors/routes/investor-detail'
import { loader as investorsLoader } from '~/features/investors/routes/investor-list'
import { action as editProjectAction } from '~/features/projects/routes/edit-project'
import { action as newAction } from '~/features/projects/routes/new-project'
import { loader as listLoader } from '~/features/projects/routes/register'
import { prisma } from '~/utils/db.server'
import { getReferenceIds, makeRequest, routeArgs, settle, signIn, unwrapData } from '../../../tests/integration-utils'

beforeEach(async () => {
  await signIn('editor', 'SCT', { asDefault: true })
})

async function createProjectWithInvestor(code: string, investorName: string, country: string) {
  const ref = await getReferenceIds()
  const form = {
    code,
    name: `Dự án ${code}`,
    kind: 'wind_power',
    sector: 'energy',
    unitId: ref.unitId,
    departmentId: ref.departmentId,
    investmentType: country === 'VN' ? 'domestic' : 'fdi',
    'investors[0].name': investorName,
    'investors[0].country': country,
    'investors[0].role': 'lead',
  }
  const response = await newAction(routeArgs(makeRequest('/projects/new', { method: 'POST', form })))
  expect(response).toBeInstanceOf(Response)
}

test('the directory finds investors without diacritics and counts their projects', async () => {
  await createProjectWithInvestor('W-1', 'B.Grimm Power Public Company Limited', 'TH')
  await createProjectWithInvestor('W-2', 'Công ty CP Greenlink Đà Nẵng', 'VN')
  const found = await investorsLoader(routeArgs(makeRequest('/investors?q=da+nang')))
  expect(found.rows.map((row) => [row.name, row._count.projects])).toEqual([['Công ty CP Greenlink Đà Nẵng', 1]])
  expect((await investorsLoader(routeArgs(makeRequest('/investors?country=TH')))).total).toBe(1)
})

test('renaming an investor makes its projects findable by the new name, and a taken name is refused', async () => {
  await createProjectWithInvestor('W-1', 'YNC Co., Ltd.', 'KR')
  await createProjectWithInvestor('W-2', 'Greenlink', 'VN')
  const ync = await prisma.investor.findFirstOrThrow({ where: { name: 'YNC Co., Ltd.' } })

  const saved = await investorAction(
    routeArgs(
      makeRequest(`/investors/${ync.id}`, {
        method: 'POST',
        form: { name: 'YNC Energy Korea', country: 'KR', contact: 'Kim, +82 2 000 0000', version: '1' },
      }),
      { investorId: ync.id },
    ),
  )
  expect(saved).toBeInstanceOf(Response)
  const list = await listLoader(routeArgs(makeRequest('/projects?q=ync+energy')))
  expect(list.rows.map((row) => row.code)).toEqual(['W-1'])
  expect(
    (await investorLoader(routeArgs(makeRequest(`/investors/${ync.id}`), { investorId: ync.id }))).investor.contact,
  ).toBe('Kim, +82 2 000 0000')

  const taken = await investorAction(
    routeArgs(makeRequest(`/investors/${ync.id}`, { method: 'POST', form: { name: 'greenlink', country: 'KR' } }), {
      investorId: ync.id,
    }),
  )
  const { status, data } = unwrapData<{ result: { error?: Record<string, string[]> } }>(taken)
  expect(status).toBe(400)
  expect(data.result.error?.name).toEqual(['investors.nameTaken'])
})

test('an unknown investor is a 404', async () => {
  const result = await settle(() => investorLoader(routeArgs(makeRequest('/investors/nope'), { investorId: 'nope' })))
  expect((result as Response).status).toBe(404)
})

describe('two people editing the same investor', () => {
  type Answer = {
    result: { error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> | null }
    stale?: { differences: { field: string; label: string; mine: string; current: string }[] }
  }

  /** The investor's page as a browser opens it: its fields and its version. */
  async function openEditor(id: string) {
    const { investor } = await investorLoader(routeArgs(makeRequest(`/investors/${id}`), { investorId: id }))
    return {
      name: investor.name,
      country: investor.country,
      contact: investor.contact,
      version: String(investor.version),
    }
  }

  function save(id: string, form: Record<string, string>, locale: 'vi' | 'en' = 'vi') {
    return investorAction(
      routeArgs(makeRequest(`/investors/${id}`, { method: 'POST', form, locale }), { investorId: id }),
    )
  }

  async function ync() {
    await createProjectWithInvestor('W-1', 'YNC Co., Ltd.', 'KR')
    return prisma.investor.findFirstOrThrow({ where: { name: 'YNC Co., Ltd.' }, select: { id: true } })
  }

  test('the first save wins; the second gets 409 with its values beside the current ones, and writes nothing', async () => {
    const { id } = await ync()
    const first = await openEditor(id)
    const second = await openEditor(id)

    expect(await save(id, { ...first, contact: 'Kim, +82 2 000 0000' })).toBeInstanceOf(Response)
    const stale = unwrapData<Answer>(await save(id, { ...second, name: 'YNC Energy Korea', contact: 'Lee' }))

    expect(stale.status).toBe(409)
    expect(stale.data.stale?.differences).toEqual([
      { field: 'name', label: 'Tên nhà đầu tư', mine: 'YNC Energy Korea', current: 'YNC Co., Ltd.' },
      { field: 'contact', label: 'Liên hệ', mine: 'Lee', current: 'Kim, +82 2 000 0000' },
    ])
    expect(stale.data.result.initialValue).toMatchObject({ name: 'YNC Energy Korea', contact: 'Lee', version: '2' })
    expect(await prisma.investor.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: 'YNC Co., Ltd.',
      contact: 'Kim, +82 2 000 0000',
      version: 2,
    })
    // Nothing of the refused save reached the projects' search either.
    expect((await listLoader(routeArgs(makeRequest('/projects?q=ync+energy')))).total).toBe(0)
    expect(await prisma.auditLog.count({ where: { entityType: 'investor', entityId: id, action: 'update' } })).toBe(1)

    // Saving again on the answered version goes through and moves the version on.
    const again = await save(id, { ...second, name: 'YNC Energy Korea', contact: 'Lee', version: '2' })
    expect(again).toBeInstanceOf(Response)
    expect(await prisma.investor.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: 'YNC Energy Korea',
      contact: 'Lee',
      version: 3,
    })
    expect(await prisma.auditLog.count({ where: { entityType: 'investor', entityId: id, action: 'update' } })).toBe(2)
  })

  test('a country changed from a project’s form makes an investor form opened before it stale', async () => {
    const { id } = await ync()
    const opened = await openEditor(id)
    const project = await prisma.project.findFirstOrThrow({ where: { code: 'W-1' } })
    const ref = await getReferenceIds()
    const edited = await editProjectAction(
      routeArgs(
        makeRequest(`/projects/${project.id}/edit`, {
          method: 'POST',
          form: {
            code: 'W-1',
            name: 'Dự án W-1',
            kind: 'wind_power',
            sector: 'energy',
            unitId: ref.unitId,
            departmentId: ref.departmentId,
            investmentType: 'fdi',
            'investors[0].name': 'YNC Co., Ltd.',
            'investors[0].country': 'JP',
            'investors[0].role': 'lead',
            version: String(project.version),
          },
        }),
        { projectId: project.id },
      ),
    )
    expect(edited).toBeInstanceOf(Response)

    const stale = unwrapData<Answer>(await save(id, { ...opened, contact: 'Kim' }, 'en'))
    expect(stale.status).toBe(409)
    expect(stale.data.stale?.differences).toEqual([
      { field: 'country', label: 'Country', mine: 'South Korea', current: 'Japan' },
      { field: 'contact', label: 'Contact', mine: 'Kim', current: '' },
    ])
    expect(await prisma.investor.findUniqueOrThrow({ where: { id } })).toMatchObject({ country: 'JP', contact: '' })
  })

  test('a form without a version is never saved blind; the same values sent twice are simply done', async () => {
    const { id } = await ync()
    const opened = await openEditor(id)
    const { version: _version, ...withoutVersion } = opened
    expect(unwrapData<Answer>(await save(id, { ...withoutVersion, contact: 'Kim' })).status).toBe(409)
    expect(await prisma.investor.findUniqueOrThrow({ where: { id } })).toMatchObject({ contact: '', version: 1 })

    const form = { ...opened, contact: 'Kim' }
    expect(await save(id, form)).toBeInstanceOf(Response)
    expect(await save(id, form)).toBeInstanceOf(Response)
    expect(await prisma.investor.findUniqueOrThrow({ where: { id } })).toMatchObject({ contact: 'Kim', version: 2 })
  })
})

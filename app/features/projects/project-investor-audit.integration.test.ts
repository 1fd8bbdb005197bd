/**
 * The project form creates investors and can change an existing investor's country
 * (project-write.server.ts, upsertInvestors): each such change is in the trail as the
 * investor's own row, by the person who saved the project.
 */
import { beforeEach, expect, test } from 'vitest'
import { action as editAction } from '~/features/projects/routes/edit-project'
import { action as newAction } from '~/features/projects/routes/new-project'
import { prisma } from '~/utils/db.server'
import { getReferenceIds, makeRequest, routeArgs, signIn } from '../../../tests/integration-utils'

let ref: Awaited<ReturnType<typeof getReferenceIds>>
let editor: Awaited<ReturnType<typeof signIn>>

beforeEach(async () => {
  ref = await getReferenceIds()
  editor = await signIn('editor', 'SCT', { asDefault: true })
})

function projectForm(investor: { name: string; country: string }, overrides: Record<string, string> = {}) {
  return {
    code: 'QN-INV-01',
    name: 'Dự án thử nhà đầu tư',
    kind: 'factory',
    sector: 'manufacturing',
    unitId: ref.unitId,
    departmentId: ref.departmentId,
    investmentType: investor.country === 'VN' ? 'domestic' : 'fdi',
    'investors[0].name': investor.name,
    'investors[0].country': investor.country,
    'investors[0].role': 'lead',
    ...overrides,
  }
}

async function createProject(investor: { name: string; country: string }, code = 'QN-INV-01') {
  const response = await newAction(
    routeArgs(makeRequest('/projects/new', { method: 'POST', form: projectForm(investor, { code }) })),
  )
  expect(response).toBeInstanceOf(Response)
  return (response as Response).headers.get('Location')?.split('/').pop() ?? ''
}

async function editProject(id: string, investor: { name: string; country: string }) {
  const { version } = await prisma.project.findUniqueOrThrow({ where: { id } })
  const response = await editAction(
    routeArgs(
      makeRequest(`/projects/${id}/edit`, {
        method: 'POST',
        form: projectForm(investor, { version: String(version) }),
      }),
      { projectId: id },
    ),
  )
  expect((response as Response).status).toBe(302)
}

const investorRows = (investorId: string) =>
  prisma.auditLog.findMany({
    where: { entityType: 'investor', entityId: investorId },
    orderBy: { at: 'asc' },
    select: { action: true, userId: true, changes: true },
  })

const read = (rows: Awaited<ReturnType<typeof investorRows>>) =>
  rows.map((row) => ({ ...row, changes: JSON.parse(row.changes ?? '{}') as unknown }))

test('an investor the project form creates has a create row with its name and country', async () => {
  await createProject({ name: 'Công ty TNHH Hà Ráng', country: 'VN' })
  const investor = await prisma.investor.findFirstOrThrow({ where: { name: 'Công ty TNHH Hà Ráng' } })
  expect(read(await investorRows(investor.id))).toEqual([
    {
      action: 'create',
      userId: editor.user.id,
      changes: { name: [null, 'Công ty TNHH Hà Ráng'], country: [null, 'VN'] },
    },
  ])
})

test('a new country for an existing investor is an update row, before and after, and moves its version on', async () => {
  const id = await createProject({ name: 'Foxconn Singapore', country: 'SG' })
  const investor = await prisma.investor.findFirstOrThrow({ where: { name: 'Foxconn Singapore' } })

  // The same name, written differently: the same investor, whose country the form changes.
  await editProject(id, { name: 'FOXCONN singapore', country: 'TW' })
  const after = await prisma.investor.findUniqueOrThrow({ where: { id: investor.id } })
  expect(after).toMatchObject({ name: 'Foxconn Singapore', country: 'TW', version: investor.version + 1 })
  expect(read(await investorRows(investor.id))).toEqual([
    { action: 'create', userId: editor.user.id, changes: { name: [null, 'Foxconn Singapore'], country: [null, 'SG'] } },
    { action: 'update', userId: editor.user.id, changes: { country: ['SG', 'TW'] } },
  ])
})

test('an existing investor named with the same country writes no investor row', async () => {
  const first = await createProject({ name: 'Tập đoàn Vingroup', country: 'VN' })
  await createProject({ name: 'Tập đoàn Vingroup', country: 'VN' }, 'QN-INV-02')
  await editProject(first, { name: 'Tập đoàn Vingroup', country: 'VN' })
  const investor = await prisma.investor.findFirstOrThrow({ where: { name: 'Tập đoàn Vingroup' } })
  expect((await investorRows(investor.id)).map((row) => row.action)).toEqual(['create'])
  expect(await prisma.investor.count()).toBe(1)
})

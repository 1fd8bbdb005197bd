/**
 * The project's website, the column issue 14 added to show what one plain column costs: the
 * Prisma column and its migration, one entry in project-fields.ts and its two labels. These
 * tests follow it through every layer that list drives: the form's validation, the save,
 * the read, the overview and the history.
 */
import { beforeEach, expect, test } from 'vitest'
import { loader as historyLoader } from '~/features/audit/routes/project-history'
import { action as editAction, loader as editLoader } from '~/features/projects/routes/edit-project'
import { action as newAction } from '~/features/projects/routes/new-project'
import { loader as overviewLoader } from '~/features/projects/routes/project-overview'
import { prisma } from '~/utils/db.server'
import { getReferenceIds, makeRequest, routeArgs, signIn, unwrapData } from '../../../tests/integration-utils'

type Reply = { result: { error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> } }

let ref: Awaited<ReturnType<typeof getReferenceIds>>

beforeEach(async () => {
  ref = await getReferenceIds()
  await signIn('editor', 'SCT', { asDefault: true })
})

function projectForm(overrides: Record<string, string>) {
  return {
    code: 'QN-WEB-01',
    name: 'Nhà máy điện gió Đầm Hà',
    kind: 'wind_power',
    sector: 'energy',
    unitId: ref.unitId,
    departmentId: ref.departmentId,
    investmentType: 'domestic',
    ...overrides,
  }
}

test('a project is saved with its website, which its page and its editor show', async () => {
  const response = await newAction(
    routeArgs(
      makeRequest('/projects/new', {
        method: 'POST',
        form: projectForm({ website: 'https://damha-wind.vn/du-an' }),
      }),
    ),
  )
  expect(response).toBeInstanceOf(Response)
  const id = (response as Response).headers.get('Location')?.split('/').pop() ?? ''
  expect((await prisma.project.findUniqueOrThrow({ where: { id } })).website).toBe('https://damha-wind.vn/du-an')

  const page = await overviewLoader(routeArgs(makeRequest(`/projects/${id}`), { projectId: id }))
  expect(page.project.website).toBe('https://damha-wind.vn/du-an')
  const editor = await editLoader(routeArgs(makeRequest(`/projects/${id}/edit`), { projectId: id }))
  expect(editor.defaults.website).toBe('https://damha-wind.vn/du-an')
})

test('a website that is not a web link is refused next to its field, as typed, and nothing is written', async () => {
  const result = await newAction(
    routeArgs(makeRequest('/projects/new', { method: 'POST', form: projectForm({ website: 'ftp://damha' }) })),
  )
  const { status, data } = unwrapData<Reply>(result)
  expect(status).toBe(400)
  expect(data.result.error?.website).toEqual(['errors.url'])
  expect(data.result.initialValue?.website).toBe('ftp://damha')
  expect(await prisma.project.count({ where: { code: 'QN-WEB-01' } })).toBe(0)
})

test('changing the website is told in the project’s history by the field’s name', async () => {
  const created = await newAction(routeArgs(makeRequest('/projects/new', { method: 'POST', form: projectForm({}) })))
  const id = (created as Response).headers.get('Location')?.split('/').pop() ?? ''
  const { defaults } = await editLoader(routeArgs(makeRequest(`/projects/${id}/edit`), { projectId: id }))
  const saved = await editAction(
    routeArgs(
      makeRequest(`/projects/${id}/edit`, {
        method: 'POST',
        form: projectForm({ version: String(defaults.version), website: 'https://damha-wind.vn' }),
      }),
      { projectId: id },
    ),
  )
  expect(saved).toBeInstanceOf(Response)

  const history = await historyLoader(routeArgs(makeRequest(`/projects/${id}/history`), { projectId: id }))
  expect(history.entries[0]?.sentences.join(' ')).toContain('trang thông tin điện tử')
  expect(history.entries[0]?.sentences.join(' ')).toContain('https://damha-wind.vn')
})

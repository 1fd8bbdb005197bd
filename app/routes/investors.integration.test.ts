import { beforeEach, expect, test } from 'vitest'
import { prisma } from '~/utils/db.server'
import { action as investorAction, loader as investorLoader } from '~/routes/investors.$investorId'
import { loader as investorsLoader } from '~/routes/investors._index'
import { loader as listLoader } from '~/routes/projects._index'
import { action as newAction } from '~/routes/projects.new'
import { getReferenceIds, makeRequest, routeArgs, settle, signIn, unwrapData } from '../../tests/integration-utils'

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
        form: { name: 'YNC Energy Korea', country: 'KR', contact: 'Kim, +82 2 000 0000' },
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

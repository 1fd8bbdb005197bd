/**
 * Every route the app serves (as app/routes.ts finds them), where to send a request to each,
 * and the records they act on: the access matrix of route-access.test.ts, also walked by
 * tests that send every route something hostile (hostile-bodies.test.ts).
 */
import { prisma } from '~/utils/db.server'
import { deleteWithHistory } from './history-wipe'
import { getReferenceIds, type routeArgs } from './integration-utils'
import { discoverRoutes } from './route-discovery'

/**
 * The fixtures' records belong to SCT. editorOther is an editor of another department;
 * editorProvince is too, but with province-wide scope: they act on every department's
 * records as editorOwn does on SCT's (never as an admin).
 */
export type Persona = 'anonymous' | 'viewer' | 'editorOther' | 'editorOwn' | 'editorProvince' | 'admin'
export const PERSONAS: Persona[] = ['anonymous', 'viewer', 'editorOther', 'editorOwn', 'editorProvince', 'admin']
export type Expect = Record<Persona, number>

/** Records the routes act on: a project of the SCT department, its investor, a user. */
export type Fixtures = {
  projectId: string
  deletedProjectId: string
  investorId: string
  userId: string
  departmentId: string
  goalId: string
  obstacleId: string
  meetingId: string
}

export type Row = {
  path: (fixtures: Fixtures) => string
  params?: (fixtures: Fixtures) => Record<string, string>
  get?: Expect
  post?: Expect
}

const everyone = (status: number): Expect => ({
  anonymous: status,
  viewer: status,
  editorOther: status,
  editorOwn: status,
  editorProvince: status,
  admin: status,
})
const signedIn = (status: number): Expect => ({ ...everyone(status), anonymous: 302 })
const refusedBelow = (allowed: Persona[], status: number): Expect => {
  const expected = everyone(403)
  expected.anonymous = 302
  for (const persona of allowed) expected[persona] = status
  return expected
}
const project = (fixtures: Fixtures) => ({ projectId: fixtures.projectId })

export const ROUTE_MATRIX: Record<string, Row> = {
  _index: { path: () => '/', get: everyone(302) },
  healthz: { path: () => '/healthz', get: everyone(200) },
  // Only `npm run bench` serves it (TIENDO_BENCH=1); the tests run without.
  'obstacles._index': { path: () => '/obstacles', get: signedIn(200) },
  'obstacles.new': {
    path: () => '/obstacles/new',
    get: refusedBelow(['editorOther', 'editorOwn', 'editorProvince', 'admin'], 200),
    post: refusedBelow(['editorOther', 'editorOwn', 'editorProvince', 'admin'], 400),
  },
  // Follow-up belongs to a responsible department (the fixture's is the own editor's).
  'obstacles.$obstacleId._index': {
    path: (f) => `/obstacles/${f.obstacleId}`,
    params: (f) => ({ obstacleId: f.obstacleId }),
    get: signedIn(200),
    post: refusedBelow(['editorOwn', 'editorProvince', 'admin'], 400),
  },
  'obstacles.$obstacleId.edit': {
    path: (f) => `/obstacles/${f.obstacleId}/edit`,
    params: (f) => ({ obstacleId: f.obstacleId }),
    get: refusedBelow(['editorOwn', 'editorProvince', 'admin'], 200),
    post: refusedBelow(['editorOwn', 'editorProvince', 'admin'], 400),
  },
  'projects.$projectId.obstacles': {
    path: (f) => `/projects/${f.projectId}/obstacles`,
    params: project,
    get: signedIn(200),
  },
  'meetings._index': { path: () => '/meetings', get: signedIn(200) },
  'meetings.new': {
    path: () => '/meetings/new',
    get: refusedBelow(['editorOther', 'editorOwn', 'editorProvince', 'admin'], 200),
    post: refusedBelow(['editorOther', 'editorOwn', 'editorProvince', 'admin'], 400),
  },
  'meetings.$meetingId': {
    path: (f) => `/meetings/${f.meetingId}`,
    params: (f) => ({ meetingId: f.meetingId }),
    get: signedIn(200),
  },
  'bench.baseline': { path: () => '/bench/baseline', get: everyone(404) },
  'set-language': { path: () => '/set-language', get: everyone(302), post: everyone(302) },
  login: {
    path: () => '/login',
    // A signed-in person is sent on to the register.
    get: { ...everyone(302), anonymous: 200 },
    post: everyone(400),
  },
  logout: { path: () => '/logout', get: everyone(302), post: everyone(302) },
  'projects._index': { path: () => '/projects', get: signedIn(200) },
  'projects.deleted': { path: () => '/projects/deleted', get: signedIn(200) },
  'projects.new': {
    path: () => '/projects/new',
    get: refusedBelow(['editorOther', 'editorOwn', 'editorProvince', 'admin'], 200),
    post: refusedBelow(['editorOther', 'editorOwn', 'editorProvince', 'admin'], 400),
  },
  // The header every tab of a project shares (its loader runs with each tab's).
  'projects.$projectId': { path: (f) => `/projects/${f.projectId}`, params: project, get: signedIn(200) },
  'projects.$projectId._index': { path: (f) => `/projects/${f.projectId}`, params: project, get: signedIn(200) },
  'projects.$projectId.history': {
    path: (f) => `/projects/${f.projectId}/history`,
    params: project,
    get: signedIn(200),
  },
  'projects.$projectId.edit': {
    path: (f) => `/projects/${f.projectId}/edit`,
    params: project,
    get: refusedBelow(['editorOwn', 'editorProvince', 'admin'], 200),
    post: refusedBelow(['editorOwn', 'editorProvince', 'admin'], 400),
  },
  'projects.$projectId.status': {
    path: (f) => `/projects/${f.projectId}/status`,
    params: project,
    get: refusedBelow(['editorOwn', 'editorProvince', 'admin'], 200),
    post: refusedBelow(['editorOwn', 'editorProvince', 'admin'], 400),
  },
  'projects.$projectId.delete': {
    path: (f) => `/projects/${f.projectId}/delete`,
    params: project,
    get: refusedBelow(['editorOwn', 'editorProvince', 'admin'], 200),
    // Deleting needs no form: the matrix only checks the refusals (the journey tests delete).
    post: { ...refusedBelow(['editorOwn', 'editorProvince', 'admin'], 302) },
  },
  'projects.$projectId.restore': {
    path: (f) => `/projects/${f.deletedProjectId}/restore`,
    params: (f) => ({ projectId: f.deletedProjectId }),
    get: signedIn(302),
    post: refusedBelow(['editorOwn', 'editorProvince', 'admin'], 302),
  },
  // One rate converts every USD figure: entering, correcting and voiding rates is the
  // administrators' (docs/decisions/013); everyone signed in reads them.
  'exchange-rates': {
    path: () => '/exchange-rates',
    get: signedIn(200),
    post: refusedBelow(['admin'], 400),
  },
  'investors._index': { path: () => '/investors', get: signedIn(200) },
  'investors.$investorId': {
    path: (f) => `/investors/${f.investorId}`,
    params: (f) => ({ investorId: f.investorId }),
    get: signedIn(200),
    post: refusedBelow(['editorOther', 'editorOwn', 'editorProvince', 'admin'], 400),
  },
  'admin.departments._index': {
    path: () => '/admin/departments',
    get: refusedBelow(['admin'], 200),
    post: refusedBelow(['admin'], 400),
  },
  'admin.departments.$departmentId': {
    path: (f) => `/admin/departments/${f.departmentId}`,
    params: (f) => ({ departmentId: f.departmentId }),
    get: refusedBelow(['admin'], 200),
    post: refusedBelow(['admin'], 400),
  },
  'admin.audit': { path: () => '/admin/audit', get: refusedBelow(['admin'], 200) },
  'admin.users._index': { path: () => '/admin/users', get: refusedBelow(['admin'], 200) },
  'admin.users.new': {
    path: () => '/admin/users/new',
    get: refusedBelow(['admin'], 200),
    post: refusedBelow(['admin'], 400),
  },
  'admin.users.$userId': {
    path: (f) => `/admin/users/${f.userId}`,
    params: (f) => ({ userId: f.userId }),
    get: refusedBelow(['admin'], 200),
    // An empty form names no intent: 400 for the admin, who may use the page.
    post: refusedBelow(['admin'], 400),
  },
  'account.password': { path: () => '/account/password', get: signedIn(200), post: signedIn(400) },
  'goals._index': { path: () => '/goals', get: signedIn(200) },
  'goals.new': {
    path: () => '/goals/new',
    get: refusedBelow(['editorOther', 'editorOwn', 'editorProvince', 'admin'], 200),
    post: refusedBelow(['editorOther', 'editorOwn', 'editorProvince', 'admin'], 400),
  },
  'goals.$goalId.edit': {
    path: (f) => `/goals/${f.goalId}/edit`,
    params: (f) => ({ goalId: f.goalId }),
    get: refusedBelow(['editorOwn', 'editorProvince', 'admin'], 200),
    post: refusedBelow(['editorOwn', 'editorProvince', 'admin'], 400),
  },
  'goals.$goalId.delete': {
    path: (f) => `/goals/${f.goalId}/delete`,
    params: (f) => ({ goalId: f.goalId }),
    get: refusedBelow(['editorOwn', 'editorProvince', 'admin'], 200),
    // Deleting needs no form: the matrix only checks the refusals.
    post: refusedBelow(['editorOwn', 'editorProvince', 'admin'], 302),
  },
  'statistics._index': {
    path: () => '/statistics',
    get: signedIn(200),
    // The page's form adds an indicator.
    post: refusedBelow(['editorOther', 'editorOwn', 'editorProvince', 'admin'], 400),
  },
  'statistics.new': {
    path: () => '/statistics/new',
    get: refusedBelow(['editorOther', 'editorOwn', 'editorProvince', 'admin'], 200),
    post: refusedBelow(['editorOther', 'editorOwn', 'editorProvince', 'admin'], 400),
  },
  'projects.$projectId.events': {
    path: (f) => `/projects/${f.projectId}/events`,
    params: project,
    get: signedIn(200),
    // An empty form names no intent: 400 for those who may record events.
    post: refusedBelow(['editorOwn', 'editorProvince', 'admin'], 400),
  },
  'progress._index': { path: () => '/progress', get: signedIn(200) },
  'progress.goals.$goalId': {
    path: (f) => `/progress/goals/${f.goalId}`,
    params: (f) => ({ goalId: f.goalId }),
    get: signedIn(200),
  },
  'progress.report': { path: () => '/progress/report?period=2025-Q3', get: signedIn(200) },
  'progress.at-risk': { path: () => '/progress/at-risk?page=2', get: signedIn(200) },
}

export type RouteModule = {
  loader?: (args: ReturnType<typeof routeArgs>) => Promise<unknown> | unknown
  action?: (args: ReturnType<typeof routeArgs>) => Promise<unknown> | unknown
}

// Which files are routes is app/routes.ts's decision; the glob only makes every module a
// route may live in loadable (a feature's routes/ folder, the benchmark's baseline).
export const ROUTES = await discoverRoutes()
const modules = import.meta.glob<RouteModule>([
  '../app/features/*/routes/*.{ts,tsx}',
  '../app/benchmark/*-route.tsx',
  '!../app/**/*.test.{ts,tsx}',
])
export const moduleOf = (file: string) => modules[`../app/${file}`]
/** The status a person would see: thrown or returned Responses, data(), or a plain 200. */
export async function statusOf(work: () => Promise<unknown> | unknown): Promise<number> {
  try {
    const result = await work()
    if (result instanceof Response) return result.status
    if (result && typeof result === 'object' && 'type' in result && result.type === 'DataWithResponseInit') {
      return (result as unknown as { init: ResponseInit | null }).init?.status ?? 200
    }
    return 200
  } catch (error) {
    if (error instanceof Response) return error.status
    throw error
  }
}

/**
 * Fresh records before each person's request, so that one person's permitted delete or
 * restore does not change what the next person meets.
 */
export async function makeFixtures(userId: string): Promise<Fixtures> {
  await deleteWithHistory(prisma, [
    prisma.obstacle.deleteMany(),
    prisma.dialogueMeeting.deleteMany(),
    prisma.statusChange.deleteMany(),
    prisma.milestone.deleteMany(),
    prisma.projectInvestor.deleteMany(),
    prisma.project.deleteMany(),
    prisma.investor.deleteMany(),
  ])
  const ref = await getReferenceIds()
  const base = {
    nameSort: 'du an',
    kind: 'factory',
    sector: 'manufacturing',
    unitId: ref.unitId,
    departmentId: ref.departmentId,
    investmentType: 'domestic',
    searchText: 'du an',
  }
  const investor = await prisma.investor.create({
    data: { name: 'Matrix investor', searchName: 'matrix investor', country: 'VN' },
  })
  const live = await prisma.project.create({ data: { ...base, code: 'MATRIX-1', name: 'Dự án ma trận' } })
  await prisma.projectInvestor.create({ data: { projectId: live.id, investorId: investor.id, role: 'lead' } })
  await prisma.statusChange.create({
    data: { projectId: live.id, toStatus: 'proposed', effectiveDate: new Date('2025-01-01T00:00:00.000Z') },
  })
  const deleted = await prisma.project.create({
    data: { ...base, code: 'MATRIX-2', name: 'Dự án đã xoá', deletedAt: new Date() },
  })
  const goal = await prisma.goal.create({
    data: {
      title: 'Chỉ tiêu ma trận',
      periodKey: '2025-Q3',
      metric: 'ircs_issued',
      target: 2,
      departmentId: ref.departmentId,
    },
  })
  const obstacle = await prisma.obstacle.create({
    data: {
      code: 'OBS-0001',
      projectId: live.id,
      category: 'land',
      title: 'Vướng mắc ma trận',
      raisedOn: new Date('2025-07-01T00:00:00.000Z'),
      raisedByKind: 'enterprise',
      raisedByName: 'Doanh nghiệp',
      deadline: new Date('2025-09-30T00:00:00.000Z'),
      priority: 'medium',
      searchText: 'obs-0001 vuong mac ma tran',
      departments: { create: [{ departmentId: ref.departmentId }] },
    },
  })
  const meeting = await prisma.dialogueMeeting.create({
    data: {
      date: new Date('2025-07-15T00:00:00.000Z'),
      place: 'Sở Công Thương',
      chair: 'Sở Công Thương',
      projects: { create: [{ projectId: live.id }] },
    },
  })
  return {
    obstacleId: obstacle.id,
    meetingId: meeting.id,
    projectId: live.id,
    deletedProjectId: deleted.id,
    investorId: investor.id,
    userId,
    departmentId: ref.departmentId,
    goalId: goal.id,
  }
}

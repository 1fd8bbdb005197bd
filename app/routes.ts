/**
 * Every URL Tiendo serves, in one place. Each page lives in its feature's folder
 * (app/features/<feature>/routes/); the `id` of each route is the name it had before the
 * features had folders, so tests, the access matrix (tests/route-matrix.ts) and links
 * between routes keep their names (docs/decisions/016-feature-folders.md).
 */
import { type RouteConfig, index, prefix, route } from '@remix-run/route-config'

const f = (feature: string, file: string) => `features/${feature}/routes/${file}.tsx`

export default [
  index(f('site', 'home'), { id: 'routes/_index' }),
  route('healthz', f('site', 'healthz'), { id: 'routes/healthz' }),
  route('set-language', f('site', 'set-language'), { id: 'routes/set-language' }),
  // Only a benchmark run (TIENDO_BENCH=1) answers it; otherwise it is a 404 (app/benchmark/).
  route('bench/baseline', 'benchmark/baseline-route.tsx', { id: 'routes/bench.baseline' }),

  // Users and sign-in
  route('login', f('users', 'login'), { id: 'routes/login' }),
  route('logout', f('users', 'logout'), { id: 'routes/logout' }),
  route('account/password', f('users', 'change-password'), { id: 'routes/account.password' }),
  ...prefix('admin/users', [
    index(f('users', 'user-list'), { id: 'routes/admin.users._index' }),
    route('new', f('users', 'new-user'), { id: 'routes/admin.users.new' }),
    route(':userId', f('users', 'edit-user'), { id: 'routes/admin.users.$userId' }),
  ]),

  // Departments and the audit trail (administrators)
  ...prefix('admin/departments', [
    index(f('departments', 'department-list'), { id: 'routes/admin.departments._index' }),
    route(':departmentId', f('departments', 'edit-department'), { id: 'routes/admin.departments.$departmentId' }),
  ]),
  route('admin/audit', f('audit', 'audit-log'), { id: 'routes/admin.audit' }),

  // The project register and a project's pages
  ...prefix('projects', [
    index(f('projects', 'register'), { id: 'routes/projects._index' }),
    route('new', f('projects', 'new-project'), { id: 'routes/projects.new' }),
    route('deleted', f('projects', 'deleted-projects'), { id: 'routes/projects.deleted' }),
    // A project's tabs, under its header (the layout).
    route(':projectId', f('projects', 'project-layout'), { id: 'routes/projects.$projectId' }, [
      index(f('projects', 'project-overview'), { id: 'routes/projects.$projectId._index' }),
      route('events', f('project-events', 'project-events'), { id: 'routes/projects.$projectId.events' }),
      route('obstacles', f('obstacles', 'project-obstacles'), { id: 'routes/projects.$projectId.obstacles' }),
      route('history', f('audit', 'project-history'), { id: 'routes/projects.$projectId.history' }),
    ]),
    ...prefix(':projectId', [
      route('edit', f('projects', 'edit-project'), { id: 'routes/projects.$projectId.edit' }),
      route('status', f('projects', 'change-status'), { id: 'routes/projects.$projectId.status' }),
      route('delete', f('projects', 'delete-project'), { id: 'routes/projects.$projectId.delete' }),
      route('restore', f('projects', 'restore-project'), { id: 'routes/projects.$projectId.restore' }),
    ]),
  ]),
  ...prefix('investors', [
    index(f('investors', 'investor-list'), { id: 'routes/investors._index' }),
    route(':investorId', f('investors', 'investor-detail'), { id: 'routes/investors.$investorId' }),
  ]),
  route('exchange-rates', f('exchange-rates', 'exchange-rates'), { id: 'routes/exchange-rates' }),

  // Obstacles and the dialogue meetings where they are raised
  ...prefix('obstacles', [
    index(f('obstacles', 'obstacle-list'), { id: 'routes/obstacles._index' }),
    route('new', f('obstacles', 'new-obstacle'), { id: 'routes/obstacles.new' }),
    route(':obstacleId', f('obstacles', 'obstacle-detail'), { id: 'routes/obstacles.$obstacleId._index' }),
    route(':obstacleId/edit', f('obstacles', 'edit-obstacle'), { id: 'routes/obstacles.$obstacleId.edit' }),
  ]),
  ...prefix('meetings', [
    index(f('meetings', 'meeting-list'), { id: 'routes/meetings._index' }),
    route('new', f('meetings', 'new-meeting'), { id: 'routes/meetings.new' }),
    route(':meetingId', f('meetings', 'meeting-detail'), { id: 'routes/meetings.$meetingId' }),
  ]),

  // Goals, the progress against them, the quarterly report, the statistics behind them
  ...prefix('goals', [
    index(f('goals', 'goal-list'), { id: 'routes/goals._index' }),
    route('new', f('goals', 'new-goal'), { id: 'routes/goals.new' }),
    route(':goalId/edit', f('goals', 'edit-goal'), { id: 'routes/goals.$goalId.edit' }),
    route(':goalId/delete', f('goals', 'delete-goal'), { id: 'routes/goals.$goalId.delete' }),
  ]),
  ...prefix('progress', [
    index(f('progress', 'progress-overview'), { id: 'routes/progress._index' }),
    route('goals/:goalId', f('progress', 'goal-progress'), { id: 'routes/progress.goals.$goalId' }),
    route('at-risk', f('progress', 'at-risk'), { id: 'routes/progress.at-risk' }),
    route('report', f('progress', 'quarterly-report'), { id: 'routes/progress.report' }),
  ]),
  ...prefix('statistics', [
    index(f('statistics', 'statistic-list'), { id: 'routes/statistics._index' }),
    route('new', f('statistics', 'new-statistic'), { id: 'routes/statistics.new' }),
  ]),
] satisfies RouteConfig

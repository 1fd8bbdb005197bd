import { z } from 'zod'
import { OBSTACLE_CATEGORIES, OBSTACLE_PRIORITIES, OBSTACLE_STATUSES } from '~/features/obstacles/obstacle-rules'
import { rememberByText } from '~/utils/remember-by-text'

export const OBSTACLE_PAGE_SIZE = 25

export const OBSTACLE_SORT_COLUMNS = ['deadline', 'raisedOn', 'code', 'updatedAt'] as const

/**
 * The obstacles list's URL is its state, like the project register's: search, filters,
 * sort and page in the query string. A value that makes no sense is dropped (an old
 * bookmark still opens). `status=unresolved` means open, in progress or escalated.
 */
// Built on first use, not at import: pages that only link to the list (the at-risk panel)
// import this module, and a schema made at import would bring Zod into their JavaScript.
function obstacleListQuerySchema() {
  return z.object({
    q: z.string().trim().max(200).optional().catch(undefined),
    status: z
      .enum([...OBSTACLE_STATUSES, 'unresolved'])
      .optional()
      .catch(undefined),
    category: z.enum(OBSTACLE_CATEGORIES).optional().catch(undefined),
    priority: z.enum(OBSTACLE_PRIORITIES).optional().catch(undefined),
    overdue: z
      .enum(['1'])
      .optional()
      .catch(undefined)
      .transform((value) => value === '1'),
    department: z.string().max(40).optional().catch(undefined),
    project: z.string().max(40).optional().catch(undefined),
    unit: z.string().max(40).optional().catch(undefined),
    sort: z.enum(OBSTACLE_SORT_COLUMNS).catch('deadline'),
    dir: z.enum(['asc', 'desc']).catch('asc'),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  })
}
let ObstacleListQuerySchema: ReturnType<typeof obstacleListQuerySchema> | undefined

export type ObstacleListQuery = z.infer<ReturnType<typeof obstacleListQuerySchema>>

export const OBSTACLE_FILTER_KEYS = [
  'q',
  'status',
  'category',
  'priority',
  'overdue',
  'department',
  'project',
  'unit',
] as const

export function parseObstacleListQuery(searchParams: URLSearchParams): ObstacleListQuery {
  return parseRememberedQuery(searchParams.toString())
}

const parseRememberedQuery = rememberByText((text): ObstacleListQuery => {
  const raw: Record<string, string> = {}
  for (const [key, value] of new URLSearchParams(text)) if (value !== '') raw[key] = value
  ObstacleListQuerySchema ??= obstacleListQuerySchema()
  return ObstacleListQuerySchema.parse(raw)
})

/** "My department's open obstacles, soonest deadline first" as a list URL. */
export function myDepartmentObstaclesPath(departmentId: string): `/obstacles?${string}` {
  return `/obstacles?${new URLSearchParams({ department: departmentId, status: 'unresolved', sort: 'deadline', dir: 'asc' })}`
}

/** A project's unresolved obstacles past their deadline as a list URL (the at-risk panel links here). */
export function overdueObstaclesPath(projectId: string): `/obstacles?${string}` {
  return `/obstacles?${new URLSearchParams({ project: projectId, overdue: '1' })}`
}

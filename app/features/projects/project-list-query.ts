import { z } from 'zod'
import {
  INVESTMENT_TYPES,
  INVESTOR_COUNTRIES,
  PROJECT_KINDS,
  PROJECT_STATUSES,
} from '~/features/projects/project-vocabulary'
import { rememberByText } from '~/utils/remember-by-text'

export const PAGE_SIZE = 25

export const PROJECT_SORT_COLUMNS = [
  'code',
  'name',
  'kind',
  'status',
  'unit',
  'department',
  'registeredCapital',
  'updatedAt',
  'deletedAt',
] as const
export type ProjectSortColumn = (typeof PROJECT_SORT_COLUMNS)[number]

/**
 * The register's URL is its state: search, filters, sort and page all live in the query
 * string so a link can be shared. A value that makes no sense is dropped, never a 400:
 * an old bookmark still opens.
 */
export const ProjectListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  kind: z.enum(PROJECT_KINDS).optional().catch(undefined),
  status: z.enum(PROJECT_STATUSES).optional().catch(undefined),
  unit: z.string().max(40).optional().catch(undefined),
  department: z.string().max(40).optional().catch(undefined),
  type: z.enum(INVESTMENT_TYPES).optional().catch(undefined),
  country: z.enum(INVESTOR_COUNTRIES).optional().catch(undefined),
  sort: z.enum(PROJECT_SORT_COLUMNS).catch('name'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
})

export type ProjectListQuery = z.infer<typeof ProjectListQuerySchema>

export const FILTER_KEYS = ['q', 'kind', 'status', 'unit', 'department', 'type', 'country'] as const

export function parseProjectListQuery(searchParams: URLSearchParams): ProjectListQuery {
  return parseRememberedQuery(searchParams.toString())
}

const parseRememberedQuery = rememberByText((text): ProjectListQuery => {
  const raw: Record<string, string> = {}
  for (const [key, value] of new URLSearchParams(text)) if (value !== '') raw[key] = value
  return ProjectListQuerySchema.parse(raw)
})

export function hasActiveFilters(query: ProjectListQuery): boolean {
  return FILTER_KEYS.some((key) => query[key] !== undefined && query[key] !== '')
}

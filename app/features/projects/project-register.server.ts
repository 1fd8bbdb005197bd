import { getLatestExchangeRate } from '~/features/exchange-rates/exchange-rate.server'
import { countUnresolvedObstacles } from '~/features/obstacles/obstacle.server'
import { type ProjectListQuery } from '~/features/projects/project-list-query'
import { type ProjectListRow, getProjectListOptions, readProjectList } from '~/features/projects/project-list.server'
import { type RegisterRow } from '~/features/projects/project-register-table'
import { ensureDb } from '~/utils/db.server'
import { createDerivedMemo } from '~/utils/derived-memo'
import { formatDayOf } from '~/utils/format'
import { serverT } from '~/utils/i18n'
import { type Locale, localName } from '~/utils/locale'
import { formatVnd } from '~/utils/money'
import { createUnchangedCache } from '~/utils/unchanged-cache.server'

/**
 * Everything the register page (/projects) reads: one page of projects with its count and
 * capital totals, the page's open obstacle counts, the filters' choices and the exchange
 * rate. Kept together while the database is unchanged (app/utils/unchanged-cache.server.ts),
 * so a list asked again before anything is written costs one query instead of seven.
 * Callers must not change the result, which other requests share.
 */
export async function getProjectRegister(query: ProjectListQuery) {
  await ensureDb()
  return registerCache.get(JSON.stringify(query), () => readProjectRegister(query))
}

export type ProjectRegister = Awaited<ReturnType<typeof readProjectRegister>>

/** The lists people page through before a meeting; the rest are read again when asked. */
const registerCache = createUnchangedCache<ProjectRegister>('project-register', 64)

async function readProjectRegister(query: ProjectListQuery) {
  const [list, options, rate] = await Promise.all([
    readProjectList(query, false),
    getProjectListOptions(),
    getLatestExchangeRate(),
  ])
  // One grouped query for the page's projects, not one per row.
  const unresolvedObstacles = await countUnresolvedObstacles(list.rows.map((project) => project.id))
  return { list, unresolvedObstacles, options, rate }
}

const shownRows = createDerivedMemo<object, RegisterRow[]>()

/**
 * What the register sends for its rows: only what the table shows, written out in the
 * reader's language (administrative unit, capital, date), each department one object however
 * many rows name it. A page of 25 rows is sent with every load of the list, so it is made
 * once per cached page of rows and language (the rows come back unchanged).
 */
export function toRegisterRows(rows: ProjectListRow[], locale: Locale): RegisterRow[] {
  return shownRows(rows, locale, () => {
    const t = serverT(locale)
    const departments = new Map<string, { code: string; name: string }>()
    return rows.map((row) => {
      let department = departments.get(row.departmentId)
      if (!department) {
        department = { code: row.department.code, name: localName(row.department, locale) }
        departments.set(row.departmentId, department)
      }
      return {
        id: row.id,
        code: row.code,
        name: row.name,
        kind: row.kind,
        status: row.status,
        place: `${t(`unitKind.${row.unit.kind}`)} ${row.unit.name}`,
        department,
        registeredCapital: row.registeredCapitalVnd === null ? null : formatVnd(row.registeredCapitalVnd, locale),
        updatedOn: formatDayOf(row.updatedAt, locale),
      }
    })
  })
}

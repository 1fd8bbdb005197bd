import { getLatestExchangeRate } from '~/features/exchange-rates/exchange-rate.server'
import { countUnresolvedObstacles } from '~/features/obstacles/obstacle.server'
import { type ProjectListQuery } from '~/features/projects/project-list-query'
import { getProjectListOptions, readProjectList } from '~/features/projects/project-list.server'
import { ensureDb } from '~/utils/db.server'
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

/** Forget the cached pages (to time the reads themselves). */
export function clearProjectRegisterCache() {
  registerCache.clear()
}

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

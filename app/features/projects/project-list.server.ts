/**
 * The register's reads (/projects and /projects/deleted): one page of projects with its
 * count and capital totals, and the filters' choices.
 */
import { Prisma } from '@prisma/client'
import { PAGE_SIZE, type ProjectListQuery, type ProjectSortColumn } from '~/features/projects/project-list-query'
import { ensureDb, prisma } from '~/utils/db.server'
import { toSearchKey } from '~/utils/search-key'
import { createUnchangedCache } from '~/utils/unchanged-cache.server'

/** A row of the register, with its administrative unit and department. */
export type ProjectListRow = {
  id: string
  departmentId: string
  code: string
  name: string
  kind: string
  status: string
  registeredCapitalVnd: bigint | null
  updatedAt: Date
  deletedAt: Date | null
  unit: { name: string; kind: string }
  department: { code: string; nameVi: string; nameEn: string }
}

/** `%` and `_` in a searched word match themselves, not any text. */
function likeContains(word: string) {
  return `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
}

/**
 * The register's filters as SQL on `Project p`. Written by hand rather than through
 * Prisma: the list is the busiest page, and one statement for the count and sums plus one
 * for the page (with its unit and department) cost a fraction of Prisma's five.
 */
function listConditions(query: ProjectListQuery, deleted: boolean): Prisma.Sql {
  const words = toSearchKey(query.q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8)
  const conditions = [deleted ? Prisma.sql`p.deletedAt IS NOT NULL` : Prisma.sql`p.deletedAt IS NULL`]
  for (const word of words) conditions.push(Prisma.sql`p.searchText LIKE ${likeContains(word)} ESCAPE '\\'`)
  if (query.kind) conditions.push(Prisma.sql`p.kind = ${query.kind}`)
  if (query.status) conditions.push(Prisma.sql`p.status = ${query.status}`)
  if (query.unit) conditions.push(Prisma.sql`p.unitId = ${query.unit}`)
  if (query.department) conditions.push(Prisma.sql`p.departmentId = ${query.department}`)
  if (query.type) conditions.push(Prisma.sql`p.investmentType = ${query.type}`)
  if (query.country) {
    // The country's investors from Investor(country), then their projects: one list per
    // statement, not a lookup of every project's investors (40-70 ms for the count at 10 000,
    // now 1-3 ms). Only VN, on most projects, costs a little more: its list is long.
    conditions.push(Prisma.sql`p.id IN (SELECT pi.projectId FROM Investor i JOIN ProjectInvestor pi ON pi.investorId = i.id
      WHERE i.country = ${query.country})`)
  }
  return Prisma.join(conditions, ' AND ')
}

/**
 * The sort, with a stable tie-breaker so rows do not jump between pages. Every sort walks an
 * index in the order shown (migration 20261123180000_register_sort_indexes), so a page reads
 * its own rows, not all of them. Kind and status sort in the order of their vocabulary
 * (`kindRank`, `statusRank`), then by name; capital puts projects without a figure last in
 * both directions; administrative units and departments go with `listSource`.
 */
function listOrderBy(sort: ProjectSortColumn, direction: 'asc' | 'desc'): Prisma.Sql {
  const dir = Prisma.raw(direction === 'desc' ? 'DESC' : 'ASC')
  switch (sort) {
    case 'code':
      return Prisma.sql`p.code ${dir}`
    case 'name':
      return Prisma.sql`p.nameSort ${dir}, p.code ASC`
    case 'kind':
      return Prisma.sql`p.kindRank ${dir}, p.nameSort ASC, p.code ASC`
    case 'status':
      return Prisma.sql`p.statusRank ${dir}, p.nameSort ASC, p.code ASC`
    case 'unit':
      // By the folded name, so "Âu Lâu" sorts with the A's. Units of the same name (in two
      // provinces) each keep their projects together; the index ends with the rowid, so this
      // order is read from it as it stands.
      return Prisma.sql`u.nameSort ${dir}, u.rowid ${dir}, p.code ASC`
    case 'department':
      return Prisma.sql`d.code ${dir}, p.code ASC`
    case 'registeredCapital':
      // SQLite puts NULL first going up and last going down: only ascending needs telling.
      return direction === 'desc'
        ? Prisma.sql`p.registeredCapitalVnd DESC, p.code ASC`
        : Prisma.sql`p.registeredCapitalVnd ASC NULLS LAST, p.code ASC`
    case 'updatedAt':
      return Prisma.sql`p.updatedAt ${dir}, p.code ASC`
    case 'deletedAt':
      return Prisma.sql`p.deletedAt ${dir}, p.code ASC`
  }
}

/**
 * The FROM clause for a sort. By unit or department, SQLite would join every project to
 * its unit and sort them all; `CROSS JOIN` makes it walk the units by name (or the
 * departments by code) and, for each, its projects by code from (deletedAt, unitId|departmentId,
 * code), already in order. `withUnitAndDepartment` adds them for the other sorts.
 */
function listSource(
  sort: ProjectSortColumn,
  { withUnitAndDepartment }: { withUnitAndDepartment: boolean },
): Prisma.Sql {
  if (sort === 'unit') {
    return Prisma.sql`AdministrativeUnit u CROSS JOIN Project p ON p.unitId = u.id
      JOIN Department d ON d.id = p.departmentId`
  }
  if (sort === 'department') {
    return Prisma.sql`Department d CROSS JOIN Project p ON p.departmentId = d.id
      JOIN AdministrativeUnit u ON u.id = p.unitId`
  }
  return withUnitAndDepartment
    ? Prisma.sql`Project p JOIN AdministrativeUnit u ON u.id = p.unitId JOIN Department d ON d.id = p.departmentId`
    : Prisma.sql`Project p`
}

type ListRowSql = {
  id: string
  departmentId: string
  code: string
  name: string
  kind: string
  status: string
  registeredCapitalVnd: bigint | null
  updatedAt: Date
  deletedAt: Date | null
  unitName: string
  unitKind: string
  departmentCode: string
  departmentNameVi: string
  departmentNameEn: string
}

const LIST_ROW_COLUMNS = Prisma.sql`p.id, p.departmentId, p.code, p.name, p.kind, p.status, p.registeredCapitalVnd,
  p.updatedAt, p.deletedAt, u.name AS unitName, u.kind AS unitKind,
  d.code AS departmentCode, d.nameVi AS departmentNameVi, d.nameEn AS departmentNameEn`

function toListRow(row: ListRowSql): ProjectListRow {
  return {
    id: row.id,
    departmentId: row.departmentId,
    code: row.code,
    name: row.name,
    kind: row.kind,
    status: row.status,
    registeredCapitalVnd: row.registeredCapitalVnd,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
    unit: { name: row.unitName, kind: row.unitKind },
    department: { code: row.departmentCode, nameVi: row.departmentNameVi, nameEn: row.departmentNameEn },
  }
}

type Totals = { total: bigint; registered: bigint | null; disbursed: bigint | null }

/**
 * One page of the register (or of the deleted view), its count and capital totals. Kept
 * while the database is unchanged (app/utils/unchanged-cache.server.ts): the same list asked
 * again, by anyone, before anything is written, is not read again. Callers must not change
 * the result, which other requests share.
 */
export async function listProjects(query: ProjectListQuery, { deleted = false } = {}) {
  await ensureDb()
  return projectListCache.get(JSON.stringify([query, deleted]), () => readProjectList(query, deleted))
}

export type ProjectList = Awaited<ReturnType<typeof readProjectList>>

/** The lists people page through before a meeting; the rest are read again when asked. */
const projectListCache = createUnchangedCache<ProjectList>('project-list', 64)

/** The list read from the database, without the cache (the register page caches it with its other reads). */
export async function readProjectList(query: ProjectListQuery, deleted: boolean) {
  const conditions = listConditions(query, deleted)
  const orderBy = listOrderBy(query.sort, query.dir)
  const pageOf = (page: number) => Prisma.sql`LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`
  const result = (totals: Totals | undefined, page: number, rows: ListRowSql[]) => {
    const total = Number(totals?.total ?? 0)
    return {
      rows: rows.map(toListRow),
      total,
      page,
      pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
      registeredTotalVnd: totals?.registered ?? 0n,
      disbursedTotalVnd: totals?.disbursed ?? 0n,
    }
  }

  // A search reads every row's searchText whatever the order, so the count, the sums and
  // the page come from that one pass (window totals over the matches, then the page).
  if (query.q && toSearchKey(query.q) !== '') {
    // The window totals and the page's ids over the narrow rows first, the columns shown for
    // those 25 after (joining units and departments inside only to sort by them).
    const rows = await prisma.$queryRaw<(ListRowSql & Totals)[]>`
      WITH pg AS (
        SELECT p.id AS id, count(*) OVER () AS total,
               sum(p.registeredCapitalVnd) OVER () AS registered, sum(p.disbursedCapitalVnd) OVER () AS disbursed
        FROM ${listSource(query.sort, { withUnitAndDepartment: false })}
        WHERE ${conditions}
        ORDER BY ${orderBy}
        ${pageOf(query.page)}
      )
      SELECT ${LIST_ROW_COLUMNS}, pg.total AS total, pg.registered AS registered, pg.disbursed AS disbursed
      FROM pg
      CROSS JOIN Project p ON p.id = pg.id
      JOIN AdministrativeUnit u ON u.id = p.unitId
      JOIN Department d ON d.id = p.departmentId
      ORDER BY ${orderBy}`
    if (rows.length > 0 || query.page === 1) return result(rows[0], query.page, rows)
    // Past the last page (an old link): fall through to the count, then the last page.
  }

  const [totals] = await prisma.$queryRaw<Totals[]>`
    SELECT count(*) AS total, sum(p.registeredCapitalVnd) AS registered, sum(p.disbursedCapitalVnd) AS disbursed
    FROM Project p WHERE ${conditions}`
  const pageCount = Math.max(1, Math.ceil(Number(totals?.total ?? 0) / PAGE_SIZE))
  const page = Math.min(query.page, pageCount)
  const rows =
    Number(totals?.total ?? 0) === 0
      ? []
      : await prisma.$queryRaw<ListRowSql[]>`
          SELECT ${LIST_ROW_COLUMNS}
          FROM ${listSource(query.sort, { withUnitAndDepartment: true })}
          WHERE ${conditions}
          ORDER BY ${orderBy}
          ${pageOf(page)}`
  return result(totals, page, rows)
}

/** Choices for the register's filters: administrative units and departments (not investors, which it does not offer). */
export async function getProjectListOptions() {
  await ensureDb()
  const [units, departments] = await Promise.all([
    prisma.$queryRaw<{ id: string; name: string; kind: string; province: string }[]>`
      SELECT id, name, kind, province FROM AdministrativeUnit ORDER BY province ASC, nameSort ASC, name ASC LIMIT 2000`,
    prisma.$queryRaw<{ id: string; code: string; nameVi: string; nameEn: string }[]>`
      SELECT id, code, nameVi, nameEn FROM Department ORDER BY code ASC LIMIT 200`,
  ])
  return { units, departments }
}

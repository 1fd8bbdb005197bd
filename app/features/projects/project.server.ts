import { Prisma } from '@prisma/client'
import { type ProjectEditorInput } from '~/features/projects/project-editor-schema'
import { PAGE_SIZE, type ProjectListQuery, type ProjectSortColumn } from '~/features/projects/project-list-query'
import { buildProjectSearchText } from '~/features/projects/project-search'
import { MILESTONE_REACHED_BY_STATUS, checkStatusTransition } from '~/features/projects/project-status'
import { MILESTONE_KINDS, PROJECT_STATUSES, type ProjectStatus, isOneOf } from '~/features/projects/project-vocabulary'
import { type Actor, diffSnapshots, writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma, readOnConnection } from '~/utils/db.server'
import { type PermissionSubject, hasPermission } from '~/utils/permissions'
import { toSearchKey } from '~/utils/search-key'
import { type SubmissionClaim } from '~/utils/submission-key.server'
import { createUnchangedCache } from '~/utils/unchanged-cache.server'

type Tx = Prisma.TransactionClient

// ---------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------

/** A row of the register, with its place and department. */
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
 * both directions; places and departments go with `listSource`.
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
      // By the folded name, so "Âu Lâu" sorts with the A's. Places of the same name (in two
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
 * The FROM clause for a sort. By place or department, SQLite would join every project to
 * its place and sort them all; `CROSS JOIN` makes it walk the places by name (or the
 * departments by code) and, for each, its projects by code from (deletedAt, unitId|departmentId,
 * code), already in order. `withPlaces` adds the place and department for the other sorts.
 */
function listSource(sort: ProjectSortColumn, { withPlaces }: { withPlaces: boolean }): Prisma.Sql {
  if (sort === 'unit') {
    return Prisma.sql`AdministrativeUnit u CROSS JOIN Project p ON p.unitId = u.id
      JOIN Department d ON d.id = p.departmentId`
  }
  if (sort === 'department') {
    return Prisma.sql`Department d CROSS JOIN Project p ON p.departmentId = d.id
      JOIN AdministrativeUnit u ON u.id = p.unitId`
  }
  return withPlaces
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

/** Forget the cached lists (the query benchmark times the reads themselves). */
export function clearProjectListCache() {
  projectListCache.clear()
}

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
    // those 25 after (joining places and departments inside only to sort by them).
    const rows = await prisma.$queryRaw<(ListRowSql & Totals)[]>`
      WITH pg AS (
        SELECT p.id AS id, count(*) OVER () AS total,
               sum(p.registeredCapitalVnd) OVER () AS registered, sum(p.disbursedCapitalVnd) OVER () AS disbursed
        FROM ${listSource(query.sort, { withPlaces: false })}
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
          FROM ${listSource(query.sort, { withPlaces: true })}
          WHERE ${conditions}
          ORDER BY ${orderBy}
          ${pageOf(page)}`
  return result(totals, page, rows)
}

/**
 * A project row as SQLite stores it, read on the connection directly (readOnConnection):
 * integers as bigint, dates as ISO text.
 */
type ProjectDetailSql = {
  id: string
  code: string
  name: string
  nameEn: string | null
  kind: string
  sector: string
  status: string
  areaHa: number | null
  clearanceNeededHa: number | null
  clearanceDoneHa: number | null
  registeredCapitalVnd: bigint | null
  disbursedCapitalVnd: bigint | null
  investmentType: string
  jobsPlanned: bigint | null
  policyDecisionNumber: string | null
  policyDecisionDate: string | null
  ircNumber: string | null
  ircDate: string | null
  description: string
  sourceTitle: string | null
  sourceUrl: string | null
  version: bigint
  deletedAt: string | null
  createdAt: string
  updatedAt: string
  unitId: string
  departmentId: string
  unitName: string
  unitKind: string
  unitProvince: string
  unitFormerNames: string
  departmentCode: string
  departmentNameVi: string
  departmentNameEn: string
  investors: string
  milestones: string
  statusChanges: string
}

const dateOrNull = (value: string | null) => (value === null ? null : new Date(value))

/**
 * Everything the project page shows, or null. Deleted projects are returned too. One
 * statement (its investors, milestones and status changes as JSON arrays) instead of the
 * seven Prisma makes of the same nested select, run on the connection directly
 * (readOnConnection): every view of a project reads it, and through Prisma the statement
 * cost about 0.6 ms more.
 */
export async function getProject(id: string) {
  const [row] = await readOnConnection<ProjectDetailSql>(
    `
    SELECT p.id, p.code, p.name, p.nameEn, p.kind, p.sector, p.status, p.areaHa, p.clearanceNeededHa,
           p.clearanceDoneHa, p.registeredCapitalVnd, p.disbursedCapitalVnd, p.investmentType, p.jobsPlanned,
           p.policyDecisionNumber, p.policyDecisionDate, p.ircNumber, p.ircDate, p.description, p.sourceTitle,
           p.sourceUrl, p.version, p.deletedAt, p.createdAt, p.updatedAt, p.unitId, p.departmentId,
           u.name AS unitName, u.kind AS unitKind, u.province AS unitProvince, u.formerNames AS unitFormerNames,
           d.code AS departmentCode, d.nameVi AS departmentNameVi, d.nameEn AS departmentNameEn,
           (SELECT json_group_array(json_object('role', pi.role, 'capitalShareBasisPoints', pi.capitalShareBasisPoints,
                     'id', i.id, 'name', i.name, 'country', i.country) ORDER BY pi.position)
              FROM ProjectInvestor pi JOIN Investor i ON i.id = pi.investorId
              WHERE pi.projectId = p.id) AS investors,
           (SELECT json_group_array(json_object('kind', m.kind, 'plannedDate', m.plannedDate, 'actualDate', m.actualDate))
              FROM Milestone m WHERE m.projectId = p.id) AS milestones,
           (SELECT json_group_array(json_object('id', c.id, 'fromStatus', c.fromStatus, 'toStatus', c.toStatus,
                     'effectiveDate', c.effectiveDate, 'reason', c.reason, 'note', c.note)
                     ORDER BY c.effectiveDate ASC, c.createdAt ASC)
              FROM (SELECT * FROM StatusChange WHERE projectId = p.id ORDER BY effectiveDate ASC, createdAt ASC LIMIT 200) c
           ) AS statusChanges
    FROM Project p
    JOIN AdministrativeUnit u ON u.id = p.unitId
    JOIN Department d ON d.id = p.departmentId
    WHERE p.id = ?`,
    id,
  )
  if (!row) return null
  const {
    unitName,
    unitKind,
    unitProvince,
    unitFormerNames,
    departmentCode,
    departmentNameVi,
    departmentNameEn,
    investors,
    milestones,
    statusChanges,
    jobsPlanned,
    version,
    policyDecisionDate,
    ircDate,
    deletedAt,
    createdAt,
    updatedAt,
    ...project
  } = row
  type InvestorJson = {
    role: string
    capitalShareBasisPoints: number | null
    id: string
    name: string
    country: string
  }
  type MilestoneJson = { kind: string; plannedDate: string | null; actualDate: string | null }
  type StatusChangeJson = {
    id: string
    fromStatus: string | null
    toStatus: string
    effectiveDate: string
    reason: string | null
    note: string | null
  }
  return {
    ...project,
    jobsPlanned: jobsPlanned === null ? null : Number(jobsPlanned),
    version: Number(version),
    policyDecisionDate: dateOrNull(policyDecisionDate),
    ircDate: dateOrNull(ircDate),
    deletedAt: dateOrNull(deletedAt),
    createdAt: new Date(createdAt),
    updatedAt: new Date(updatedAt),
    unit: { name: unitName, kind: unitKind, province: unitProvince, formerNames: unitFormerNames },
    department: { code: departmentCode, nameVi: departmentNameVi, nameEn: departmentNameEn },
    investors: (JSON.parse(investors) as InvestorJson[]).map((investor) => ({
      role: investor.role,
      capitalShareBasisPoints: investor.capitalShareBasisPoints,
      investor: { id: investor.id, name: investor.name, country: investor.country },
    })),
    milestones: (JSON.parse(milestones) as MilestoneJson[]).map((milestone) => ({
      kind: milestone.kind,
      plannedDate: dateOrNull(milestone.plannedDate),
      actualDate: dateOrNull(milestone.actualDate),
    })),
    statusChanges: (JSON.parse(statusChanges) as StatusChangeJson[]).map((change) => ({
      ...change,
      effectiveDate: new Date(change.effectiveDate),
    })),
  }
}

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProject>>>

/** Choices for the register's filters: places and departments (not investors, which it does not offer). */
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

/**
 * Choices for the editor and the list filters. Given the person editing, only the
 * departments whose projects they may write are offered.
 */
export async function getProjectFormOptions(editor?: PermissionSubject) {
  await ensureDb()
  const [units, departments, investors] = await Promise.all([
    prisma.administrativeUnit.findMany({
      orderBy: [{ province: 'asc' }, { nameSort: 'asc' }, { name: 'asc' }],
      take: 2000,
      select: { id: true, name: true, kind: true, province: true },
    }),
    prisma.department.findMany({
      orderBy: { code: 'asc' },
      take: 200,
      select: { id: true, code: true, nameVi: true, nameEn: true },
    }),
    prisma.investor.findMany({ orderBy: { name: 'asc' }, take: 1000, select: { name: true, country: true } }),
  ])
  return {
    units,
    departments: editor
      ? departments.filter((department) => hasPermission(editor, 'update:project', { departmentId: department.id }))
      : departments,
    investors,
  }
}

// ---------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------

export type FieldErrors = Record<string, string[]>

/** Errors a person can cause that only the database can see: unknown ids, a taken code. */
export async function findProjectConflicts(input: ProjectEditorInput, projectId?: string): Promise<FieldErrors | null> {
  await ensureDb()
  const [unit, department, sameCode] = await Promise.all([
    prisma.administrativeUnit.findUnique({ where: { id: input.unitId }, select: { id: true } }),
    prisma.department.findUnique({ where: { id: input.departmentId }, select: { id: true } }),
    prisma.project.findUnique({ where: { code: input.code }, select: { id: true } }),
  ])
  const errors: FieldErrors = {}
  if (!unit) errors.unitId = ['errors.unknownOption']
  if (!department) errors.departmentId = ['errors.unknownOption']
  if (sameCode && sameCode.id !== projectId) errors.code = ['errors.codeTaken']
  return Object.keys(errors).length > 0 ? errors : null
}

function projectColumns(input: ProjectEditorInput) {
  return {
    code: input.code,
    name: input.name,
    nameEn: input.nameEn ?? null,
    nameSort: toSearchKey(input.name),
    kind: input.kind,
    sector: input.sector,
    unitId: input.unitId,
    departmentId: input.departmentId,
    areaHa: input.areaHa ?? null,
    clearanceNeededHa: input.clearanceNeededHa ?? null,
    clearanceDoneHa: input.clearanceDoneHa ?? null,
    registeredCapitalVnd: input.registeredCapitalVnd ?? null,
    disbursedCapitalVnd: input.disbursedCapitalVnd ?? null,
    investmentType: input.investmentType,
    jobsPlanned: input.jobsPlanned ?? null,
    policyDecisionNumber: input.policyDecisionNumber ?? null,
    policyDecisionDate: input.policyDecisionDate ?? null,
    ircNumber: input.ircNumber ?? null,
    ircDate: input.ircDate ?? null,
    description: input.description ?? '',
    sourceTitle: input.sourceTitle ?? null,
    sourceUrl: input.sourceUrl ?? null,
  }
}

/**
 * Finds each investor by its folded name or creates it; returns ids in form order. The
 * project form can create an investor and change an existing one's country: each such
 * change is an investor's own audit row (the project's row shows only its investor list),
 * written in the project's transaction.
 */
async function upsertInvestors(tx: Tx, investors: ProjectEditorInput['investors'], actor: Actor) {
  const ids: string[] = []
  for (const row of investors) {
    const searchName = toSearchKey(row.name)
    const existing = await tx.investor.findUnique({
      where: { searchName },
      select: { id: true, name: true, country: true },
    })
    if (!existing) {
      const created = await tx.investor.create({
        data: { name: row.name, searchName, country: row.country },
        select: { id: true, name: true, country: true },
      })
      const { id, ...after } = created
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'investor',
        entityId: id,
        changes: diffSnapshots({}, after),
      })
      ids.push(id)
      continue
    }
    if (existing.country !== row.country) {
      // A save like the investor page's: an investor form opened before it is now stale.
      await tx.investor.update({
        where: { id: existing.id },
        data: { country: row.country, version: { increment: 1 } },
      })
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'investor',
        entityId: existing.id,
        changes: diffSnapshots({ country: existing.country }, { country: row.country }),
      })
    }
    ids.push(existing.id)
  }
  return ids
}

async function writeChildren(tx: Tx, projectId: string, input: ProjectEditorInput, actor: Actor) {
  const investorIds = await upsertInvestors(tx, input.investors, actor)
  await tx.projectInvestor.deleteMany({ where: { projectId } })
  await tx.projectInvestor.createMany({
    data: input.investors.map((row, index) => ({
      projectId,
      investorId: investorIds[index] ?? '',
      role: row.role,
      capitalShareBasisPoints: row.capitalShare ?? null,
      position: index,
    })),
  })
  // The likelihood staff gave a milestone (the events page) is not on this form: it stays
  // while the planned date it was given for stays, and goes when that date moves.
  const assessed = await tx.milestone.findMany({
    where: { projectId, likelihood: { not: null } },
    select: { kind: true, plannedDate: true, likelihood: true },
  })
  await tx.milestone.deleteMany({ where: { projectId } })
  await tx.milestone.createMany({
    data: MILESTONE_KINDS.map((kind) => {
      const milestone = input.milestones[kind]
      const plannedDate = milestone.plannedDate ?? null
      const before = assessed.find((row) => row.kind === kind)
      return {
        projectId,
        kind,
        plannedDate,
        actualDate: 'actualDate' in milestone ? (milestone.actualDate ?? null) : null,
        likelihood:
          before && plannedDate && before.plannedDate?.getTime() === plannedDate.getTime() ? before.likelihood : null,
      }
    }),
  })
  const unit = await tx.administrativeUnit.findUniqueOrThrow({
    where: { id: input.unitId },
    select: { name: true, formerNames: true },
  })
  await tx.project.update({
    where: { id: projectId },
    data: {
      searchText: buildProjectSearchText({
        code: input.code,
        name: input.name,
        nameEn: input.nameEn,
        unitName: unit.name,
        unitFormerNames: unit.formerNames,
        investorNames: input.investors.map((row) => row.name),
      }),
    },
  })
}

/**
 * A flat picture of a project for the audit trail: its columns, its investors, and its
 * milestone dates. Two pictures diffed give "what changed", field by field.
 */
async function projectSnapshot(tx: Tx, id: string): Promise<Record<string, unknown>> {
  const project = await tx.project.findUniqueOrThrow({
    where: { id },
    select: {
      code: true,
      name: true,
      nameEn: true,
      kind: true,
      sector: true,
      status: true,
      unitId: true,
      departmentId: true,
      areaHa: true,
      clearanceNeededHa: true,
      clearanceDoneHa: true,
      registeredCapitalVnd: true,
      disbursedCapitalVnd: true,
      investmentType: true,
      jobsPlanned: true,
      policyDecisionNumber: true,
      policyDecisionDate: true,
      ircNumber: true,
      ircDate: true,
      description: true,
      sourceTitle: true,
      sourceUrl: true,
      investors: {
        orderBy: { position: 'asc' },
        select: { role: true, capitalShareBasisPoints: true, investor: { select: { name: true, country: true } } },
      },
      milestones: { select: { kind: true, plannedDate: true, actualDate: true } },
    },
  })
  const { investors, milestones, ...columns } = project
  const snapshot: Record<string, unknown> = {
    ...columns,
    investors: investors.map((row) => ({
      name: row.investor.name,
      country: row.investor.country,
      role: row.role,
      share: row.capitalShareBasisPoints,
    })),
  }
  for (const milestone of milestones) {
    snapshot[`milestone.${milestone.kind}.planned`] = milestone.plannedDate
    snapshot[`milestone.${milestone.kind}.actual`] = milestone.actualDate
  }
  return snapshot
}

/**
 * Creates a project, its investors, milestones and first status row in one transaction.
 * With a submission key, the key is claimed first in the same transaction: a second
 * sending of the same form stops there, before its insert could meet the first one's
 * unique code (docs/decisions/007).
 */
export async function createProject(
  input: ProjectEditorInput,
  today: Date,
  actor: Actor,
  submission?: SubmissionClaim,
) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    await submission?.claim(tx)
    const project = await tx.project.create({
      data: { ...projectColumns(input), status: 'proposed', searchText: '' },
      select: { id: true, name: true },
    })
    await submission?.leadTo(tx, `/projects/${project.id}`)
    await tx.statusChange.create({
      data: { projectId: project.id, fromStatus: null, toStatus: 'proposed', effectiveDate: today },
    })
    await writeChildren(tx, project.id, input, actor)
    const after = await projectSnapshot(tx, project.id)
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'project',
      entityId: project.id,
      changes: diffSnapshots({}, after),
    })
    return project
  })
}

export class StaleVersionError extends Error {
  constructor() {
    super('The project changed since the form was opened')
  }
}

/**
 * Saves an edit only if nobody saved since the editor was opened (the version it was
 * opened on), so one person's save never silently overwrites another's.
 */
export async function updateProject(id: string, version: number, input: ProjectEditorInput, actor: Actor) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const before = await projectSnapshot(tx, id)
    const { count } = await tx.project.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...projectColumns(input), version: { increment: 1 } },
    })
    if (count === 0) throw new StaleVersionError()
    await writeChildren(tx, id, input, actor)
    const changes = diffSnapshots(before, await projectSnapshot(tx, id))
    await writeAudit(tx, actor, { action: 'update', entityType: 'project', entityId: id, changes })
    return { id, name: input.name }
  })
}

export type StatusChangeInput = {
  toStatus: ProjectStatus
  effectiveDate: Date
  reason?: string
  note?: string
}

export type StatusChangeResult =
  | { ok: true }
  | { ok: false; field: 'toStatus' | 'effectiveDate' | 'reason'; error: string; values?: Record<string, string> }

/** Moves a project along its lifecycle, refusing moves that make no sense. */
export async function changeProjectStatus(
  id: string,
  input: StatusChangeInput,
  today: Date,
  actor: Actor,
): Promise<StatusChangeResult> {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const project = await tx.project.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        version: true,
        statusChanges: { orderBy: { effectiveDate: 'desc' }, take: 1, select: { effectiveDate: true } },
      },
    })
    const from = isOneOf(PROJECT_STATUSES, project.status) ? project.status : 'proposed'
    const check = checkStatusTransition(from, input.toStatus)
    if (!check.ok) return { ok: false, field: 'toStatus', error: check.error }
    if (check.needsReason && !input.reason) return { ok: false, field: 'reason', error: 'status.errors.reasonRequired' }
    if (input.effectiveDate > today) return { ok: false, field: 'effectiveDate', error: 'status.errors.inFuture' }
    const last = project.statusChanges[0]?.effectiveDate
    if (last && input.effectiveDate < last) {
      return {
        ok: false,
        field: 'effectiveDate',
        error: 'status.errors.beforeLast',
        values: { date: last.toISOString() },
      }
    }

    await tx.statusChange.create({
      data: {
        projectId: id,
        fromStatus: from,
        toStatus: input.toStatus,
        effectiveDate: input.effectiveDate,
        reason: input.reason ?? null,
        note: input.note ?? null,
      },
    })
    // The milestone this status reaches gets its actual date if none was recorded.
    const reached = MILESTONE_REACHED_BY_STATUS[input.toStatus]
    if (reached) {
      await tx.milestone.upsert({
        where: { projectId_kind: { projectId: id, kind: reached } },
        create: { projectId: id, kind: reached, actualDate: input.effectiveDate },
        update: {},
      })
      await tx.milestone.updateMany({
        where: { projectId: id, kind: reached, actualDate: null },
        data: { actualDate: input.effectiveDate },
      })
    }
    await tx.project.update({ where: { id }, data: { status: input.toStatus, version: { increment: 1 } } })
    await writeAudit(tx, actor, {
      action: 'status_change',
      entityType: 'project',
      entityId: id,
      changes: { status: [from, input.toStatus] },
      detail: { effectiveDate: input.effectiveDate, reason: input.reason ?? null, note: input.note ?? null },
    })
    return { ok: true }
  })
}

export async function softDeleteProject(id: string, actor: Actor, now = new Date()) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.project.updateMany({
      where: { id, deletedAt: null },
      data: { deletedAt: now, version: { increment: 1 } },
    })
    if (count === 1) await writeAudit(tx, actor, { action: 'delete', entityType: 'project', entityId: id })
    return count === 1
  })
}

export async function restoreProject(id: string, actor: Actor) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.project.updateMany({
      where: { id, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    })
    if (count === 1) await writeAudit(tx, actor, { action: 'restore', entityType: 'project', entityId: id })
    return count === 1
  })
}

/** What every page of one project shows at its top (the project layout route). */
export async function getProjectHeader(id: string) {
  await ensureDb()
  return prisma.project.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      nameEn: true,
      status: true,
      kind: true,
      investmentType: true,
      departmentId: true,
      deletedAt: true,
    },
  })
}

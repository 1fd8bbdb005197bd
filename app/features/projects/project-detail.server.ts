/** What the pages of one project read: the whole record, and the header every tab shows. */
import {
  SIMPLE_PROJECT_FIELDS,
  type SimpleFieldName,
  type StoredSimpleFields,
} from '~/features/projects/project-fields'
import { readOnConnection } from '~/utils/db.server'

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
} & Record<SimpleFieldName, string | null>

const dateOrNull = (value: string | null) => (value === null ? null : new Date(value))

/** The simple fields' columns (project-fields.ts), named in the statement below. */
const SIMPLE_FIELD_COLUMNS = SIMPLE_PROJECT_FIELDS.map((field) => `p.${field.name}`).join(', ')

/** The simple fields as read: dates from their ISO text. */
function readSimpleFields(row: ProjectDetailSql): StoredSimpleFields {
  const values: Record<string, Date | string | null> = {}
  for (const field of SIMPLE_PROJECT_FIELDS) {
    const value = row[field.name]
    values[field.name] = field.kind === 'date' ? dateOrNull(value) : value
  }
  // Built field by field from the list the type is made of.
  return values as StoredSimpleFields
}

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
           ${SIMPLE_FIELD_COLUMNS}, p.version, p.deletedAt, p.createdAt, p.updatedAt, p.unitId, p.departmentId,
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
    ...readSimpleFields(row),
    jobsPlanned: jobsPlanned === null ? null : Number(jobsPlanned),
    version: Number(version),
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

type ProjectHeaderSql = {
  id: string
  code: string
  name: string
  nameEn: string | null
  status: string
  kind: string
  investmentType: string
  departmentId: string | null
  deletedAt: string | null
}

/**
 * What every page of one project shows at its top (the project layout route). Read on the
 * connection, like getProject: it runs on every project page, and the ORM's own planning
 * cost more than the indexed read itself (decision 011).
 */
export async function getProjectHeader(id: string) {
  const [row] = await readOnConnection<ProjectHeaderSql>(
    `SELECT id, code, name, nameEn, status, kind, investmentType, departmentId, deletedAt
     FROM Project WHERE id = ?`,
    id,
  )
  return row ? { ...row, deletedAt: dateOrNull(row.deletedAt) } : null
}

/** Reads of the app's database from outside, as an operator would check it (read-only). */
import Database from 'better-sqlite3'

export type DemoIds = {
  projects: { id: string; code: string }[]
  departmentId: string
  otherDepartmentId: string
  unitId: string
  indicatorId: string
  goalId: string
  obstacleId: string
  investorId: string
  viewerId: string
}

export function openReadOnly(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  db.pragma('busy_timeout = 5000')
  return db
}

export function count(file: string, sql: string, ...params: (string | number)[]): number {
  const db = openReadOnly(file)
  try {
    const row = db.prepare(sql).get(...params) as { n: number | bigint } | undefined
    return Number(row?.n ?? 0)
  } finally {
    db.close()
  }
}

export function demoIds(file: string): DemoIds {
  const db = openReadOnly(file)
  try {
    const one = (sql: string) => (db.prepare(sql).get() as { id: string } | undefined)?.id ?? ''
    return {
      // Projects with room for capital and land: the event forms' caps are not in the way.
      projects: db
        .prepare(
          // The SCT editor's own first: the two-person race sends the same form as admin and editor.
          `SELECT id, code FROM Project WHERE deletedAt IS NULL AND registeredCapitalVnd > 1000000000000
             AND clearanceNeededHa > 50
           ORDER BY departmentId = (SELECT id FROM Department WHERE code = 'SCT') DESC, code`,
        )
        .all() as { id: string; code: string }[],
      departmentId: one(`SELECT id FROM Department WHERE code = 'SCT'`),
      otherDepartmentId: one(`SELECT id FROM Department WHERE code <> 'SCT' ORDER BY code LIMIT 1`),
      unitId: one(`SELECT id FROM AdministrativeUnit WHERE province = 'Quảng Ninh' ORDER BY name LIMIT 1`),
      indicatorId: one(`SELECT id FROM Indicator ORDER BY code LIMIT 1`),
      goalId: one(`SELECT id FROM Goal ORDER BY createdAt LIMIT 1`),
      obstacleId: one(`SELECT id FROM Obstacle ORDER BY code LIMIT 1`),
      investorId: one(`SELECT id FROM Investor ORDER BY name LIMIT 1`),
      viewerId: one(`SELECT id FROM User WHERE role = 'viewer' LIMIT 1`),
    }
  } finally {
    db.close()
  }
}

export function integrityCheck(file: string): string {
  const db = openReadOnly(file)
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[]
    return rows.map((row) => row.integrity_check).join('; ')
  } finally {
    db.close()
  }
}

/**
 * `npm run user:create` (scripts/user-create.ts), run as an operator would, against a new
 * database migrated the way production is (`prisma migrate deploy`, no demo data).
 */
import { execFileSync, execSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { verifyPassword } from '~/utils/password.server'

const PASSWORD = 'gió mùa đông bắc về trên vịnh Hạ Long'
let dir: string
let env: NodeJS.ProcessEnv

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tiendo-cli-'))
  env = { ...process.env, DATABASE_URL: `file:${path.join(dir, 'tiendo.db')}`, TIENDO_NEW_PASSWORD: PASSWORD }
  execSync('npx prisma migrate deploy', { env, stdio: 'pipe' })
}, 60_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs the command; its exit status and everything it printed. */
function userCreate(args: string[], extraEnv: Record<string, string> = {}) {
  try {
    const stdout = execFileSync('npx', ['tsx', 'scripts/user-create.ts', ...args], {
      env: { ...env, ...extraEnv },
      stdio: 'pipe',
      encoding: 'utf8',
    })
    return { status: 0, output: stdout }
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string }
    return { status: failed.status, output: `${failed.stdout}${failed.stderr}` }
  }
}

function readDatabase<T>(sql: string): T[] {
  const db = new Database(path.join(dir, 'tiendo.db'), { readonly: true })
  try {
    return db.prepare(sql).all() as T[]
  } finally {
    db.close()
  }
}

test('creates the first administrator, audited as the command', async () => {
  const created = userCreate(['--email', 'Admin@Province.gov.vn', '--name', 'Nguyễn Văn A', '--role', 'admin'])
  expect(created.output).toContain('Created admin account admin@province.gov.vn')
  expect(created.status).toBe(0)

  const [user] = readDatabase<{ id: string; name: string; role: string; passwordHash: string }>(
    'SELECT id, name, role, passwordHash FROM User',
  )
  expect(user).toMatchObject({ name: 'Nguyễn Văn A', role: 'admin' })
  expect(user?.passwordHash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true)
  expect(await verifyPassword(user?.passwordHash ?? '', PASSWORD)).toBe(true)
  const audit = readDatabase<{ userId: string | null; userName: string; ip: string; action: string; changes: string }>(
    'SELECT userId, userName, ip, action, changes FROM AuditLog',
  )
  expect(audit).toHaveLength(1)
  expect(audit[0]).toMatchObject({ userId: null, userName: 'user:create command', ip: 'cli', action: 'create' })
  expect(audit[0]?.changes).not.toContain(user?.passwordHash ?? '$argon2')
  expect(audit[0]?.changes).not.toContain(PASSWORD)

  // The same email again, in another case: refused, nothing added.
  const duplicate = userCreate(['--email', 'ADMIN@province.gov.vn', '--name', 'Khác', '--role', 'admin'])
  expect(duplicate.status).not.toBe(0)
  expect(duplicate.output).toContain('already exists')
  expect(readDatabase('SELECT id FROM User')).toHaveLength(1)
}, 60_000)

test('refuses a common password, an unknown department and a missing password', () => {
  const common = userCreate(['--email', 'b@province.gov.vn', '--name', 'B', '--role', 'viewer'], {
    TIENDO_NEW_PASSWORD: 'password1234',
  })
  expect(common.status).not.toBe(0)
  expect(common.output).toContain('too common')

  const department = userCreate([
    '--email',
    'c@province.gov.vn',
    '--name',
    'C',
    '--role',
    'editor',
    '--department',
    'XYZ',
  ])
  expect(department.status).not.toBe(0)
  expect(department.output).toContain('Unknown department "XYZ"')

  // No TIENDO_NEW_PASSWORD and no terminal to ask on.
  const noPassword = userCreate(['--email', 'd@province.gov.vn', '--name', 'D', '--role', 'viewer'], {
    TIENDO_NEW_PASSWORD: '',
  })
  expect(noPassword.status).not.toBe(0)
  expect(noPassword.output).toContain('TIENDO_NEW_PASSWORD')

  const usage = userCreate(['--email', 'e@province.gov.vn'])
  expect(usage.status).toBe(2)
  expect(readDatabase("SELECT id FROM User WHERE email <> 'admin@province.gov.vn'")).toHaveLength(0)
}, 60_000)

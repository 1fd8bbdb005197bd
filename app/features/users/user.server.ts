import { Prisma } from '@prisma/client'
import {
  type UserEditInput,
  type UserListQuery,
  createOwnPasswordSchema,
  createSetPasswordSchema,
  createUserCreateSchema,
} from '~/features/users/user-schema'
import { type Role } from '~/features/users/user-vocabulary'
import { type Actor, diffSnapshots, writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { NewPasswordSchema, hashPassword, verifyPassword } from '~/utils/password.server'
import { toSearchKey } from '~/utils/search-key'
import { SESSION_IDLE_MS } from '~/utils/session.server'

export type NewUser = {
  email: string
  name: string
  password: string
  role: Role
  departmentId: string | null
  provinceWide?: boolean
}

type Db = Prisma.TransactionClient

/** Creates an account with an argon2id hash of its password (the password is not kept). */
export async function insertUser(db: Db, user: NewUser) {
  const { password, ...rest } = user
  return insertHashedUser(db, { ...rest, passwordHash: await hashPassword(password) })
}

/** The insert alone, for a transaction: the hash is made before it begins. */
export async function insertHashedUser(db: Db, user: Omit<NewUser, 'password'> & { passwordHash: string }) {
  return db.user.create({
    data: {
      email: user.email.trim().toLowerCase(),
      name: user.name,
      passwordHash: user.passwordHash,
      role: user.role,
      departmentId: user.departmentId,
      provinceWide: user.provinceWide ?? false,
    },
    select: { id: true, email: true, name: true, role: true },
  })
}

/** The server's forms: the browser's schemas with the full password rule (common passwords refused). */
export const UserCreateServerSchema = createUserCreateSchema(NewPasswordSchema)
export const SetPasswordServerSchema = createSetPasswordSchema(NewPasswordSchema)
export const OwnPasswordServerSchema = createOwnPasswordSchema(NewPasswordSchema)

/** What the audit trail records of an account: never its password or hash. */
const AUDITED = {
  email: true,
  name: true,
  role: true,
  departmentId: true,
  provinceWide: true,
  disabledAt: true,
} as const satisfies Prisma.UserSelect

export const USER_PAGE_SIZE = 25
// A province has hundreds of accounts, not tens of thousands: the filtered list is read
// whole (ids and names only), so that search ignores diacritics and "Đặng" sorts with D.
const USER_SCAN_LIMIT = 5000
const nameCollator = new Intl.Collator('vi', { sensitivity: 'base' })

/** The latest sign-in of each account, from the audit trail. */
async function lastSignInsOf(userIds: string[]) {
  if (userIds.length === 0) return new Map<string, Date>()
  const groups = await prisma.auditLog.groupBy({
    by: ['entityId'],
    where: { action: 'sign_in', entityType: 'user', entityId: { in: userIds } },
    _max: { at: true },
  })
  return new Map(
    groups.flatMap((group) => (group.entityId && group._max.at ? [[group.entityId, group._max.at] as const] : [])),
  )
}

/** The accounts page: filters, a search of names and emails ignoring diacritics, 25 a page. */
export async function listUsers({ q, role, department, status, page }: UserListQuery) {
  await ensureDb()
  const where: Prisma.UserWhereInput = {
    role,
    ...(department ? { department: { code: department } } : {}),
    ...(status === 'active' ? { disabledAt: null } : status === 'disabled' ? { disabledAt: { not: null } } : {}),
  }
  const candidates = await prisma.user.findMany({
    where,
    select: { id: true, name: true, email: true },
    take: USER_SCAN_LIMIT,
  })
  const words = toSearchKey(q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8)
  const matching = candidates
    .filter((user) => {
      const key = toSearchKey(`${user.name} ${user.email}`)
      return words.every((word) => key.includes(word))
    })
    .sort((a, b) => nameCollator.compare(a.name, b.name) || a.email.localeCompare(b.email))
  const total = matching.length
  const pageCount = Math.max(1, Math.ceil(total / USER_PAGE_SIZE))
  const currentPage = Math.min(page, pageCount)
  const pageIds = matching
    .slice((currentPage - 1) * USER_PAGE_SIZE, currentPage * USER_PAGE_SIZE)
    .map((user) => user.id)
  const [rows, lastSignIns] = await Promise.all([
    prisma.user.findMany({
      where: { id: { in: pageIds } },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        provinceWide: true,
        disabledAt: true,
        department: { select: { code: true, nameVi: true, nameEn: true } },
      },
    }),
    lastSignInsOf(pageIds),
  ])
  const byId = new Map(rows.map((row) => [row.id, row]))
  const ordered = pageIds.flatMap((id) => {
    const row = byId.get(id)
    return row ? [{ ...row, lastSignInAt: lastSignIns.get(id) ?? null }] : []
  })
  return { rows: ordered, total, page: currentPage, pageCount }
}

/** One account as the admin page shows it, with its live sessions and last sign-in. */
export async function getUserForAdmin(id: string, now = new Date()) {
  await ensureDb()
  const user = await prisma.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      departmentId: true,
      department: { select: { code: true, nameVi: true, nameEn: true } },
      provinceWide: true,
      disabledAt: true,
      version: true,
      createdAt: true,
      _count: {
        select: {
          sessions: {
            where: { expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_MS) } },
          },
        },
      },
    },
  })
  if (!user) return null
  const { _count, ...rest } = user
  const lastSignIns = await lastSignInsOf([id])
  return { ...rest, activeSessions: _count.sessions, lastSignInAt: lastSignIns.get(id) ?? null }
}

export type UserForAdmin = NonNullable<Awaited<ReturnType<typeof getUserForAdmin>>>

export async function getDepartmentIdByCode(code: string) {
  await ensureDb()
  const department = await prisma.department.findUnique({ where: { code: code.toUpperCase() }, select: { id: true } })
  return department?.id ?? null
}

export type FieldFailure = { ok: false; field: string; error: string }

async function unknownDepartment(departmentId: string | null | undefined): Promise<FieldFailure | null> {
  if (!departmentId) return null
  const department = await prisma.department.findUnique({ where: { id: departmentId }, select: { id: true } })
  return department ? null : { ok: false, field: 'departmentId', error: 'admin.errors.unknownDepartment' }
}

/** Only an editor's scope can reach beyond their department. */
export function scopeOf(input: { role: Role; departmentId?: string | null; provinceWide?: boolean }) {
  return {
    departmentId: input.departmentId || null,
    provinceWide: input.role === 'editor' && Boolean(input.provinceWide),
  }
}

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}

/** Ends a user's sessions inside the caller's transaction, except optionally one. */
async function endSessions(tx: Db, userId: string, exceptSessionId?: string) {
  const { count } = await tx.session.deleteMany({
    where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
  })
  return count
}

/**
 * Creates an account, audited. Emails are kept in lower case, so one typed in another case
 * is the same email: 'admin.errors.emailTaken' on the email field, not a second account.
 */
export async function createUser(
  input: {
    email: string
    name: string
    role: Role
    departmentId?: string | null
    provinceWide?: boolean
    password: string
  },
  actor: Actor,
): Promise<{ ok: true; id: string } | FieldFailure> {
  await ensureDb()
  const email = input.email.trim().toLowerCase()
  const taken = await prisma.user.findUnique({ where: { email }, select: { id: true } })
  if (taken) return { ok: false, field: 'email', error: 'admin.errors.emailTaken' }
  const departmentFailure = await unknownDepartment(input.departmentId)
  if (departmentFailure) return departmentFailure
  const scope = scopeOf(input)
  // Argon2 takes tens of milliseconds: never inside the transaction (docs/decisions/015).
  const passwordHash = await hashPassword(input.password)
  try {
    return await prisma.$transaction(async (tx) => {
      const created = await insertHashedUser(tx, { email, name: input.name, role: input.role, passwordHash, ...scope })
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'user',
        entityId: created.id,
        changes: diffSnapshots({}, { email, name: input.name, role: input.role, ...scope }),
      })
      return { ok: true as const, id: created.id }
    })
  } catch (error) {
    // Two admins adding the same email at once: the unique index decides.
    if (isUniqueViolation(error)) return { ok: false, field: 'email', error: 'admin.errors.emailTaken' }
    throw error
  }
}

export type UpdateUserResult = { ok: true } | FieldFailure | { ok: false; stale: true } | { ok: false; notFound: true }

/**
 * Saves an account's name, role and scope, only on the version the form was opened on: a
 * form older than the last save changes nothing. Admins cannot take their own role away.
 */
export async function updateUser(id: string, input: UserEditInput, actor: Actor): Promise<UpdateUserResult> {
  await ensureDb()
  if (id === actor.userId && input.role !== 'admin') {
    return { ok: false, field: 'role', error: 'admin.errors.cannotDemoteSelf' }
  }
  const departmentFailure = await unknownDepartment(input.departmentId)
  if (departmentFailure) return departmentFailure
  const values = { name: input.name, role: input.role, ...scopeOf(input) }
  return prisma.$transaction(async (tx): Promise<UpdateUserResult> => {
    const before = await tx.user.findUnique({ where: { id }, select: AUDITED })
    if (!before) return { ok: false, notFound: true }
    const { count } = await tx.user.updateMany({
      where: { id, version: input.version },
      data: { ...values, version: { increment: 1 } },
    })
    if (count === 0) return { ok: false, stale: true }
    const after = await tx.user.findUniqueOrThrow({ where: { id }, select: AUDITED })
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'user',
      entityId: id,
      changes: diffSnapshots(before, after),
    })
    return { ok: true }
  })
}

export type DisableResult = { ok: true; changed: boolean; sessionsEnded: number } | { ok: false; error: string }

/**
 * Disables an account (its sessions end at once: it can no longer sign in or act) or
 * enables it again. An admin cannot disable their own account, so one admin always remains.
 */
export async function setUserDisabled(
  id: string,
  disabled: boolean,
  actor: Actor,
  now = new Date(),
): Promise<DisableResult> {
  await ensureDb()
  if (disabled && id === actor.userId) return { ok: false, error: 'admin.errors.cannotDisableSelf' }
  return prisma.$transaction(async (tx): Promise<DisableResult> => {
    const before = await tx.user.findUniqueOrThrow({ where: { id }, select: { disabledAt: true } })
    const sessionsEnded = disabled ? await endSessions(tx, id) : 0
    if (Boolean(before.disabledAt) === disabled) return { ok: true, changed: false, sessionsEnded }
    const disabledAt = disabled ? now : null
    await tx.user.update({ where: { id }, data: { disabledAt, version: { increment: 1 } } })
    await writeAudit(tx, actor, {
      action: disabled ? 'disable' : 'enable',
      entityType: 'user',
      entityId: id,
      changes: diffSnapshots({ disabledAt: before.disabledAt }, { disabledAt }),
      ...(disabled ? { detail: { sessionsEnded } } : {}),
    })
    return { ok: true, changed: true, sessionsEnded }
  })
}

/**
 * Signs a user out everywhere (a lost laptop, a shared computer), audited. When admins do
 * this to themselves, the session they are using is kept.
 */
export async function endUserSessions(id: string, actor: Actor, keepSessionId?: string) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const sessionsEnded = await endSessions(tx, id, keepSessionId)
    await writeAudit(tx, actor, { action: 'end_sessions', entityType: 'user', entityId: id, detail: { sessionsEnded } })
    return { sessionsEnded }
  })
}

/** An administrator sets someone's password; every session of theirs ends (but the caller's own). */
export async function setUserPassword(id: string, password: string, actor: Actor, keepSessionId?: string) {
  await ensureDb()
  const passwordHash = await hashPassword(password)
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id }, data: { passwordHash, version: { increment: 1 } } })
    const sessionsEnded = await endSessions(tx, id, keepSessionId)
    await writeAudit(tx, actor, { action: 'password_set', entityType: 'user', entityId: id, detail: { sessionsEnded } })
    return { sessionsEnded }
  })
}

/**
 * Someone changes their own password: the current one must be right and the new one
 * different. Their other sessions end (whoever else had the old password is signed out);
 * the one in use stays.
 */
export async function changeOwnPassword(
  user: { id: string; sessionId: string },
  currentPassword: string,
  newPassword: string,
  actor: Actor,
): Promise<{ ok: true; sessionsEnded: number } | FieldFailure> {
  await ensureDb()
  const { passwordHash } = await prisma.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true },
  })
  if (!(await verifyPassword(passwordHash, currentPassword))) {
    return { ok: false, field: 'currentPassword', error: 'admin.errors.currentPasswordWrong' }
  }
  if (await verifyPassword(passwordHash, newPassword)) {
    return { ok: false, field: 'password', error: 'admin.errors.samePassword' }
  }
  const newHash = await hashPassword(newPassword)
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: newHash, version: { increment: 1 } } })
    const sessionsEnded = await endSessions(tx, user.id, user.sessionId)
    await writeAudit(tx, actor, {
      action: 'password_change',
      entityType: 'user',
      entityId: user.id,
      detail: { sessionsEnded },
    })
    return { ok: true as const, sessionsEnded }
  })
}

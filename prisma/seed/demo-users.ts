/**
 * One account per role for the demo database only. Their passwords are public (README,
 * server start-up message); nothing like them exists outside a database seeded here.
 */
import type { Prisma } from '@prisma/client'
import { insertUser } from '../../app/models/user.server'
import type { Role } from '../../app/models/user-vocabulary'
import demoUsers from './demo-users.json' with { type: 'json' }

export type DemoUser = {
  email: string
  name: string
  role: Role
  department: string | null
  provinceWide: boolean
  password: string
}

export const DEMO_USERS = demoUsers as DemoUser[]

export async function seedDemoUsers(db: Prisma.TransactionClient) {
  for (const user of DEMO_USERS) {
    const department = user.department
      ? await db.department.findUniqueOrThrow({ where: { code: user.department }, select: { id: true } })
      : null
    await insertUser(db, { ...user, departmentId: department?.id ?? null })
  }
  return { users: DEMO_USERS.length }
}

import { type Prisma } from '@prisma/client'
import { type Role } from '~/models/user-vocabulary'
import { hashPassword } from '~/utils/password.server'

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
  return db.user.create({
    data: {
      email: user.email.trim().toLowerCase(),
      name: user.name,
      passwordHash: await hashPassword(user.password),
      role: user.role,
      departmentId: user.departmentId,
      provinceWide: user.provinceWide ?? false,
    },
    select: { id: true, email: true, name: true, role: true },
  })
}

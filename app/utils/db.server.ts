import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from '@prisma/client'

export const DEFAULT_DATABASE_URL = 'file:./data/tiendo.db'

/**
 * One Prisma client per process, on better-sqlite3 (no engine binary: see
 * docs/decisions/002). Dev reloads re-evaluate modules, so the client is remembered on
 * globalThis instead of opening a new connection each time.
 */
export function createPrismaClient(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL) {
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 })
  return new PrismaClient({ adapter })
}

export type Db = ReturnType<typeof createPrismaClient>

const globalForPrisma = globalThis as unknown as { tiendoPrisma?: Db; tiendoPragmas?: Promise<void> }

export const prisma: Db = globalForPrisma.tiendoPrisma ?? createPrismaClient()
globalForPrisma.tiendoPrisma = prisma

/** WAL for readers during writes, a busy timeout instead of SQLITE_BUSY, and real FKs. */
export async function applyPragmas(client: Db) {
  await client.$queryRawUnsafe('PRAGMA journal_mode = WAL')
  await client.$queryRawUnsafe('PRAGMA busy_timeout = 5000')
  await client.$queryRawUnsafe('PRAGMA foreign_keys = ON')
  await client.$queryRawUnsafe('PRAGMA synchronous = NORMAL')
}

/** Await before the first query of a request; runs the pragmas once per process. */
export function ensureDb(): Promise<void> {
  globalForPrisma.tiendoPragmas ??= applyPragmas(prisma)
  return globalForPrisma.tiendoPragmas
}

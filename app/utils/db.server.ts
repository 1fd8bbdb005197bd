import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from '@prisma/client'
import { type Database, type Statement } from 'better-sqlite3'

export const DEFAULT_DATABASE_URL = 'file:./data/tiendo.db'

/**
 * Prisma's better-sqlite3 adapter, remembering the connection it opens so that the few reads
 * made on every request can use it directly (readOnConnection below).
 */
class ConnectionKeepingAdapter extends PrismaBetterSQLite3 {
  connection: Database | null = null

  override async connect() {
    const adapter = await super.connect()
    // The adapter keeps its better-sqlite3 Database as `client` (not part of its typed API:
    // the test of readOnConnection fails if a Prisma upgrade changes it).
    const client = (adapter as unknown as { client?: Partial<Database> }).client
    if (client && typeof client.prepare === 'function' && typeof client.pragma === 'function')
      this.connection = client as Database
    return adapter
  }
}

/**
 * One Prisma client per process, on better-sqlite3 (no engine binary: see
 * docs/decisions/002). Dev reloads re-evaluate modules, so the client is remembered on
 * globalThis instead of opening a new connection each time.
 */
export function createPrismaClient(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL) {
  const adapter = new ConnectionKeepingAdapter({ url, timeout: 5000 })
  const client = new PrismaClient({ adapter })
  adapters.set(client, adapter)
  return client
}

export type Db = PrismaClient

const globalForPrisma = globalThis as unknown as {
  tiendoPrisma?: Db
  tiendoPragmas?: Promise<void>
  tiendoAdapters?: WeakMap<Db, ConnectionKeepingAdapter>
}

const adapters = (globalForPrisma.tiendoAdapters ??= new WeakMap())

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

type SqlValue = string | number | bigint | null

const statements = new WeakMap<Database, Map<string, Statement<SqlValue[]>>>()

/**
 * Runs one read on the app's own database connection, Prisma's, with its statement prepared
 * once per process: for the reads made on every request (the session, the cache's signature,
 * the exchange rate) and for the project page's one statement. Through Prisma each cost about a third of a millisecond of planning,
 * interpreting and re-preparing, several times the read itself (docs/decisions/011). Being the
 * same connection, a read sees exactly what a Prisma query would at that moment. Integers come
 * back as bigint (the adapter's setting), texts and dates as stored.
 */
export async function readOnConnection<Row>(sql: string, ...params: SqlValue[]): Promise<Row[]> {
  await ensureDb()
  const connection = adapters.get(prisma)?.connection
  if (!connection) throw new Error('The Prisma adapter did not expose its better-sqlite3 connection.')
  let prepared = statements.get(connection)
  if (!prepared) {
    prepared = new Map()
    statements.set(connection, prepared)
  }
  let statement = prepared.get(sql)
  if (!statement) {
    statement = connection.prepare<SqlValue[]>(sql)
    prepared.set(sql, statement)
  }
  return statement.all(...params) as Row[]
}

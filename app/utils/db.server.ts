import { AsyncLocalStorage } from 'node:async_hooks'
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from '@prisma/client'
import { type Database, type Statement } from 'better-sqlite3'

export const DEFAULT_DATABASE_URL = 'file:./data/tiendo.db'

type DriverAdapter = Awaited<ReturnType<PrismaBetterSQLite3['connect']>>
type DriverTransaction = Awaited<ReturnType<DriverAdapter['startTransaction']>>

/**
 * The one lock on a process's SQLite connection (docs/decisions/015-transactions.md). A
 * transaction holds it from BEGIN to COMMIT or ROLLBACK, across every await in between;
 * every other statement takes it for the instant it runs. So no statement of another
 * request ever runs inside someone else's open transaction: it cannot read uncommitted
 * rows, and a rollback cannot take its writes along. Waiters are served first come, first
 * served, and the lock passes straight to the next one, so nobody barges in between.
 */
export class ConnectionLock {
  #held = false
  readonly #waiting: Array<() => void> = []

  get held() {
    return this.#held
  }

  acquire(): Promise<void> {
    if (!this.#held) {
      this.#held = true
      return Promise.resolve()
    }
    return new Promise((resolve) => this.#waiting.push(resolve))
  }

  release() {
    const next = this.#waiting.shift()
    if (next) next()
    else this.#held = false
  }

  async run<T>(work: () => T | Promise<T>): Promise<T> {
    await this.acquire()
    try {
      return await work()
    } finally {
      this.release()
    }
  }
}

/**
 * Marks the code that runs inside an interactive transaction's callback. A query there on
 * the shared client instead of the transaction's `tx` would wait for the lock its own
 * transaction holds, a deadlock until Prisma's timeout; it fails at once with a message
 * that says what to do instead.
 */
const insideTransaction = new AsyncLocalStorage<{ begun: boolean; open: boolean }>()

function refuseInsideTransaction() {
  if (isInsideTransaction()) {
    throw new Error(
      'A query on the shared Prisma client (or readOnConnection) ran inside a transaction callback: ' +
        'use the transaction client `tx` it was given (docs/decisions/015-transactions.md).',
    )
  }
}

function isInsideTransaction() {
  const scope = insideTransaction.getStore()
  return Boolean(scope?.open || scope?.begun)
}

/**
 * For slow work that is not the database's: hashing a password, parsing a file. Inside a
 * transaction it would hold the connection's lock, and so every other request, for as long
 * as it takes; it must run before the transaction begins (docs/decisions/015-transactions.md).
 */
export function assertOutsideTransaction(work: string) {
  if (isInsideTransaction()) {
    throw new Error(`${work} ran inside a transaction: do it before the transaction begins (docs/decisions/015).`)
  }
}

/**
 * Prisma's driver adapter with every statement behind the connection's lock. Queries outside
 * a transaction wait while one is open; a transaction begins with BEGIN IMMEDIATE, taking
 * SQLite's write lock up front (another process, such as a backup or the user CLI, then
 * makes it wait at BEGIN instead of failing mid-way), and always releases the lock, even
 * when COMMIT itself fails.
 */
function lockedAdapter(inner: DriverAdapter, connection: Database, lock: ConnectionLock): DriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw(query) {
      refuseInsideTransaction()
      return lock.run(() => inner.queryRaw(query))
    },
    executeRaw(query) {
      refuseInsideTransaction()
      return lock.run(() => inner.executeRaw(query))
    },
    executeScript(script) {
      refuseInsideTransaction()
      return lock.run(() => inner.executeScript(script))
    },
    async startTransaction(): Promise<DriverTransaction> {
      // The callback's own transaction begins inside its scope; a second one there is nested.
      const scope = insideTransaction.getStore()
      if (scope?.begun) refuseInsideTransaction()
      if (scope) scope.begun = true
      await lock.acquire()
      try {
        connection.exec('BEGIN IMMEDIATE')
        if (scope) scope.open = true
      } catch (error) {
        lock.release()
        throw error
      }
      let open = true
      const end = (sql: 'COMMIT' | 'ROLLBACK') => {
        if (!open) return Promise.resolve()
        open = false
        try {
          connection.exec(sql)
          return Promise.resolve()
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new Error(String(error)))
        } finally {
          // A failed COMMIT leaves the transaction open: undo it before anyone else runs.
          if (connection.inTransaction) connection.exec('ROLLBACK')
          lock.release()
        }
      }
      return {
        provider: inner.provider,
        adapterName: inner.adapterName,
        // The transaction's own statements run on the connection it began on, past the lock
        // it holds. COMMIT and ROLLBACK are run here, not sent as queries (a "phantom" query
        // to Prisma), so that the lock is released in the same step.
        options: { usePhantomQuery: true },
        queryRaw: (query) => inner.queryRaw(query),
        executeRaw: (query) => inner.executeRaw(query),
        commit: () => end('COMMIT'),
        rollback: () => end('ROLLBACK'),
      }
    },
    dispose: () => inner.dispose(),
  }
}

/**
 * Prisma's better-sqlite3 adapter with its connection behind the lock, remembering the
 * connection so that the few reads made on every request can use it directly
 * (readOnConnection below), behind the same lock.
 */
class LockedConnectionAdapter extends PrismaBetterSQLite3 {
  connection: Database | null = null
  readonly lock = new ConnectionLock()

  override async connect() {
    const adapter = await super.connect()
    // The adapter keeps its better-sqlite3 Database as `client` (not part of its typed API:
    // the tests of this module fail if a Prisma upgrade changes it).
    const client = (adapter as unknown as { client?: Partial<Database> }).client
    if (!client || typeof client.prepare !== 'function' || typeof client.exec !== 'function') {
      throw new Error('The Prisma adapter did not expose its better-sqlite3 connection: the lock cannot be set.')
    }
    this.connection = client as Database
    return lockedAdapter(adapter, this.connection, this.lock)
  }
}

/**
 * One Prisma client per process, on better-sqlite3 (no engine binary: see
 * docs/decisions/002). Dev reloads re-evaluate modules, so the client is remembered on
 * globalThis instead of opening a new connection each time.
 */
export function createPrismaClient(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL) {
  const adapter = new LockedConnectionAdapter({ url, timeout: 5000 })
  const client = new PrismaClient({
    adapter,
    // Transactions wait their turn for the lock (maxWait) instead of failing when several
    // requests write at once; each still has to finish within `timeout` once it has begun.
    transactionOptions: { maxWait: 15_000, timeout: 5_000 },
  })
  const transaction = client.$transaction.bind(client)
  // Only the callback form awaits between statements; a batch runs in one step.
  client.$transaction = ((work: unknown, options?: unknown) => {
    if (typeof work !== 'function') return transaction(work as never, options as never)
    const scope = { begun: false, open: false }
    return insideTransaction.run(scope, async () => {
      try {
        return await transaction(work as never, options as never)
      } finally {
        scope.open = false
        scope.begun = false
      }
    })
  }) as typeof client.$transaction
  adapters.set(client, adapter)
  return client
}

export type Db = PrismaClient

const globalForPrisma = globalThis as unknown as {
  tiendoPrisma?: Db
  tiendoPragmas?: Promise<void>
  tiendoAdapters?: WeakMap<Db, LockedConnectionAdapter>
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
 * the exchange rate) and for the project page's one statement. Through Prisma each cost about
 * a third of a millisecond of planning, interpreting and re-preparing, several times the read
 * itself (docs/decisions/011). It takes the connection's lock like any Prisma query, so it
 * sees committed rows only. Integers come back as bigint (the adapter's setting), texts and
 * dates as stored.
 */
export async function readOnConnection<Row>(sql: string, ...params: SqlValue[]): Promise<Row[]> {
  refuseInsideTransaction()
  await ensureDb()
  const adapter = adapters.get(prisma)
  const connection = adapter?.connection
  if (!adapter || !connection) throw new Error('The Prisma adapter did not expose its better-sqlite3 connection.')
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
  const ready = statement
  return adapter.lock.run(() => ready.all(...params) as Row[])
}

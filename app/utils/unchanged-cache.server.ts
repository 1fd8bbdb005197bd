import { readOnConnection } from '~/utils/db.server'

/**
 * A cache whose entries are served only while the database is provably in the state they
 * were computed from (docs/decisions/010). Each entry remembers the database's signature
 * read before the work, and is kept only when the same signature is read again after it
 * (otherwise a write landed meanwhile and the result may mix two states). The signature is
 *
 * - `DataGeneration.value`, incremented by a trigger on every insert, update or delete of
 *   every table a cached read uses, in the writing transaction (so a rollback undoes it);
 * - `total_changes()`, the rows this connection has written since it opened, which only
 *   grows (so a write on this connection, committed or not, always changes it);
 * - `PRAGMA data_version`, which changes whenever another connection (the seeder, the CLI,
 *   a second server process) commits.
 *
 * A read may be cached only if every table it uses has the generation triggers
 * (migrations 20261123130000_progress_indexes and 20261123140000_list_cache_generation),
 * and only if its result depends on nothing but those tables and its key (the day, when
 * "today" matters, belongs in the key).
 */
export type UnchangedCache<Value> = {
  /** The cached value for `key` if the database is unchanged since it was computed, else `compute()`'s. */
  get: (key: string, compute: () => Promise<Value>) => Promise<Value>
}

type Entry<Value> = { signature: string; value: Promise<Value> }

const globalForCaches = globalThis as unknown as { tiendoUnchangedCaches?: Map<string, Map<string, unknown>> }
const caches: Map<string, Map<string, unknown>> = (globalForCaches.tiendoUnchangedCaches ??= new Map())

/** `name` identifies the cache across module reloads in development; `maxEntries` bounds its memory (least recently used go first). */
export function createUnchangedCache<Value>(name: string, maxEntries: number): UnchangedCache<Value> {
  let entries = caches.get(name) as Map<string, Entry<Value>> | undefined
  if (!entries) {
    entries = new Map()
    caches.set(name, entries)
  }
  const cache = entries

  function remember(key: string, entry: Entry<Value>) {
    cache.delete(key)
    cache.set(key, entry)
    while (cache.size > maxEntries) {
      const oldest = cache.keys().next().value
      if (oldest === undefined) break
      cache.delete(oldest)
    }
  }

  return {
    async get(key, compute) {
      const before = await databaseSignature()
      if (before === null) return compute()
      const cached = cache.get(key)
      if (cached && cached.signature === before) {
        remember(key, cached)
        return cached.value
      }
      const value = compute()
      const entry = { signature: before, value }
      remember(key, entry)
      try {
        await value
      } catch (error) {
        if (cache.get(key) === entry) cache.delete(key)
        throw error
      }
      if ((await databaseSignature()) !== before && cache.get(key) === entry) cache.delete(key)
      return value
    },
  }
}

type SignatureRow = { generation: bigint | number | null; changes: bigint | number; dataVersion: bigint | number }

/** Null when the generation row is missing (a database older than migration 20261123130000): no caching. */
async function databaseSignature(): Promise<string | null> {
  // Read before every cached answer: on the connection directly (readOnConnection), which is
  // also the one total_changes() must be read on.
  const [row] = await readOnConnection<SignatureRow>(
    `SELECT (SELECT "value" FROM "DataGeneration" WHERE "id" = 1) AS generation,
            total_changes() AS changes,
            (SELECT "data_version" FROM pragma_data_version) AS dataVersion`,
  )
  if (!row || row.generation === null) return null
  return `${row.generation}:${row.changes}:${row.dataVersion}`
}

/**
 * For measurements and tests only, never the app: forget a cache's entries, so that the
 * next read does the work the benchmark times (bench/register-queries.ts,
 * bench/progress-timing.ts) or a test starts cold.
 */
export function forgetCachedReads(name: string) {
  caches.get(name)?.clear()
}

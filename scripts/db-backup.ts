/**
 * `npm run db:backup [-- --dir <folder>]`: a consistent copy of the database while the app
 * runs, to <folder>/tiendo-<UTC time>.db (default folder: backups/, not committed), checked
 * with integrity_check. Prints the file and the row counts of the main tables. The database
 * is DATABASE_URL (default file:./data/tiendo.db; .env is read when present).
 * See scripts/database-backup.ts and docs/decisions/014-append-only-and-backup.md.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { backupDatabase, databaseFileFromUrl, formatRowCounts, shownPath } from './database-backup'

const USAGE = 'Usage: npm run db:backup [-- --dir <folder>]   (default folder: backups)'

try {
  process.loadEnvFile()
} catch {
  // No .env: the environment alone says where the database is.
}

let dir: string
try {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'backups' }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
    allowPositionals: false,
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  dir = path.resolve(values.dir)
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  process.exit(2)
}

try {
  const source = databaseFileFromUrl()
  const started = Date.now()
  const result = backupDatabase({ source, dir })
  const megabytes = (result.bytes / 1024 / 1024).toFixed(1)
  console.log(`Backed up ${shownPath(source)} to:`)
  console.log(`  ${shownPath(result.file)}`)
  console.log(
    `${megabytes} MB in ${Date.now() - started} ms; integrity_check: ok; last migration: ${result.lastMigration}`,
  )
  console.log('Rows:')
  console.log(formatRowCounts(result.counts))
  for (const warning of result.warnings) console.warn(`Warning: this backup would not restore as it is: ${warning}`)
} catch (error) {
  // A refusal (BackupError) or SQLite's own error (disk full, unreadable file): the message says it.
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

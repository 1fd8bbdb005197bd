/**
 * `npm run db:restore -- <backup file>`: puts a backup in place of the database, with the app
 * stopped. Refuses while anyone has the database open, and refuses a file that fails
 * integrity_check or is not a Tiendo database with its migrations applied. The database it
 * replaces is kept beside it as <name>-before-restore-<UTC time>.db. The database is
 * DATABASE_URL (default file:./data/tiendo.db; .env is read when present).
 * See scripts/database-backup.ts and docs/decisions/014-append-only-and-backup.md.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { BackupError, databaseFileFromUrl, formatRowCounts, shownPath, restoreDatabase } from './database-backup'

const USAGE = 'Usage: npm run db:restore -- <backup file>   (stop the app first)'

try {
  process.loadEnvFile()
} catch {
  // No .env: the environment alone says where the database is.
}

let positionals: string[]
try {
  const parsed = parseArgs({
    options: { help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
    allowPositionals: true,
  })
  if (parsed.values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  positionals = parsed.positionals
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  process.exit(2)
}
const [backupArgument, ...extra] = positionals
if (!backupArgument || extra.length > 0) {
  console.error(USAGE)
  process.exit(2)
}

try {
  const backup = path.resolve(backupArgument)
  const result = restoreDatabase({ backup, target: databaseFileFromUrl() })
  const { check } = result
  console.log(
    `Checked ${shownPath(backup)}: integrity_check ok, a Tiendo database, ${check.applied.length} migrations applied.`,
  )
  if (result.keptAside) console.log(`Kept the database it replaces as ${shownPath(result.keptAside)}.`)
  for (const file of result.removed) console.log(`Removed the stale ${shownPath(file)}.`)
  console.log(`Restored ${shownPath(result.target)} from ${shownPath(backup)}. Rows:`)
  console.log(formatRowCounts(check.counts))
  if (check.pending.length > 0) {
    console.log(
      `The backup is older than this code: run \`npm run db:migrate\` before starting the app ` +
        `(${check.pending.length} migrations to apply: ${check.pending.join(', ')}).`,
    )
  } else {
    console.log('Start the app again.')
  }
} catch (error) {
  // restoreDatabase puts the replaced database back should anything fail after moving it.
  const reason =
    error instanceof BackupError ? error.message : `${error instanceof Error ? error.message : String(error)}`
  console.error(`Nothing was restored. ${reason}`)
  process.exit(1)
}

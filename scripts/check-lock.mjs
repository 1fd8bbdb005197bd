/**
 * Fails when package-lock.json lacks a package that some locked package lists as optional
 * (a platform build such as @rollup/rollup-darwin-arm64). npm on this machine only needs its
 * own platform's, so a lock written by `npm install` here can miss the others, and then
 * `npm ci` refuses it everywhere, on a Mac, in a container, in CI. `npm install
 * --package-lock-only` writes them; this check keeps it so without reaching the registry.
 */
import { readFileSync } from 'node:fs'

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'))
const packages = lock.packages ?? {}

/** Where Node would find `name` from the package installed at `from` (walking up node_modules). */
function resolves(from, name) {
  let base = from
  for (;;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true
    if (!base) return false
    const cut = base.lastIndexOf('node_modules/')
    base = cut <= 0 ? '' : base.slice(0, cut - 1)
  }
}

const missing = []
for (const [location, entry] of Object.entries(packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (!resolves(location, name)) missing.push(`${name} (optional for ${location || 'the project'})`)
  }
}

if (missing.length > 0) {
  console.error(`package-lock.json lacks ${missing.length} optional package(s), so \`npm ci\` would refuse it:`)
  for (const line of missing.slice(0, 20)) console.error(`  ${line}`)
  console.error('Run `npm install --package-lock-only` and commit the lock.')
  process.exit(1)
}
console.log(`package-lock.json is complete: every optional package of ${Object.keys(packages).length} is locked.`)

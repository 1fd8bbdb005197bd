/**
 * Builds the production app and copies the build to a directory of its own, which the
 * benchmark's server runs from and its size measurement reads: a build started elsewhere
 * in the meantime (a test run) cannot change what is being measured.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT } from './paths'

export type AppBuild = { dir: string; clientDir: string; serverEntry: string; remove: () => void }

export function buildApp(): AppBuild {
  try {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer }
    throw new Error(`npm run build failed:\n${output.stdout?.toString() ?? ''}${output.stderr?.toString() ?? ''}`)
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'tiendo-bench-app-'))
  cpSync(path.join(ROOT, 'build'), path.join(dir, 'build'), { recursive: true })
  cpSync(path.join(ROOT, 'build-server'), path.join(dir, 'build-server'), { recursive: true })
  // "type": "module" for the server's files, and the packages they import.
  cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'))
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  return {
    dir,
    clientDir: path.join(dir, 'build/client'),
    serverEntry: path.join(dir, 'build-server/index.js'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

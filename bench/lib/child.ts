import { spawn } from 'node:child_process'
import { ROOT, TSX } from './paths'

/**
 * Runs a TypeScript script under tsx with extra environment and returns the JSON its last
 * line of output holds. Its other output is passed through; a failure carries its stderr.
 */
export function runTsxForJson<T>(script: string, args: readonly string[], env: Record<string, string>): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [script, ...args], { cwd: ROOT, env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`${script} exited with ${code}:\n${stderr.trim() || stdout.trim()}`))
        return
      }
      const lines = stdout.trim().split('\n')
      try {
        resolve(JSON.parse(lines.at(-1) ?? '') as T)
      } catch {
        reject(new Error(`${script} printed no JSON result:\n${stdout}`))
      }
    })
  })
}

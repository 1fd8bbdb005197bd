import path from 'node:path'

/** Paths the benchmark uses, from the repository root (npm runs scripts there). */
export const ROOT = process.cwd()
export const DBS_DIR = path.join(ROOT, 'bench/dbs')
export const RESULTS_DIR = path.join(ROOT, 'bench/results')
export const TSX = path.join(ROOT, 'node_modules/.bin/tsx')
export const PRISMA = path.join(ROOT, 'node_modules/.bin/prisma')
export const LIGHTHOUSE = path.join(ROOT, 'node_modules/.bin/lighthouse')

/** The database sizes, in projects: the load runs against the middle one. */
export const SIZES = [1_000, 10_000, 100_000] as const
export type Size = (typeof SIZES)[number]
export const LOAD_SIZE: Size = 10_000

export const SIZE_LABEL: Record<Size, '1k' | '10k' | '100k'> = { 1_000: '1k', 10_000: '10k', 100_000: '100k' }

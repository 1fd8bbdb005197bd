/**
 * The account the benchmark signs in with: a viewer, the least-privileged role that can
 * open every measured page. It exists only in the bench databases (bench/dbs/).
 */
export const BENCH_VIEWER = {
  email: 'bench-viewer@tiendo.invalid',
  name: 'Bench viewer',
  password: 'bench-only-viewer-passphrase-7Q2m',
} as const

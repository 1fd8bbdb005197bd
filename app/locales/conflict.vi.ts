/** Vietnamese strings of the conflict pages (merged into vi.ts under "conflict"). */
export const conflictVi = {
  placeholder: '',
} as const

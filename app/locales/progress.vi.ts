/** Vietnamese strings of the progress pages (merged into vi.ts under "progress"). */
export const progressVi = {
  placeholder: '',
} as const

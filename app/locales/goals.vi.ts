/** Vietnamese strings of the goals pages (merged into vi.ts under "goals"). */
export const goalsVi = {
  placeholder: '',
} as const

/** Vietnamese strings of the history pages (merged into vi.ts under "history"). */
export const historyVi = {
  placeholder: '',
} as const

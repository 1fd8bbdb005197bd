/** Vietnamese strings of the report pages (merged into vi.ts under "report"). */
export const reportVi = {
  placeholder: '',
} as const

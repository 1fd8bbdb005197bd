/** Vietnamese strings of the admin pages (merged into vi.ts under "admin"). */
export const adminVi = {
  placeholder: '',
} as const

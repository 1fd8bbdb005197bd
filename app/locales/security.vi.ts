/** Vietnamese strings of the security pages (merged into vi.ts under "security"). */
export const securityVi = {
  placeholder: '',
} as const

import { type Dictionary } from '~/locales/dictionary'
import { type securityVi } from '~/locales/security.vi'

/** English strings of the security pages: the same keys as security.vi.ts. */
export const securityEn: Dictionary<typeof securityVi> = {
  placeholder: '',
}

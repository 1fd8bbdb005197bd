import { type Dictionary } from '~/locales/dictionary'
import { type adminVi } from '~/locales/admin.vi'

/** English strings of the admin pages: the same keys as admin.vi.ts. */
export const adminEn: Dictionary<typeof adminVi> = {
  placeholder: '',
}

import { type Dictionary } from '~/locales/dictionary'
import { type conflictVi } from '~/locales/conflict.vi'

/** English strings of the conflict pages: the same keys as conflict.vi.ts. */
export const conflictEn: Dictionary<typeof conflictVi> = {
  placeholder: '',
}

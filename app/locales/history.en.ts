import { type Dictionary } from '~/locales/dictionary'
import { type historyVi } from '~/locales/history.vi'

/** English strings of the history pages: the same keys as history.vi.ts. */
export const historyEn: Dictionary<typeof historyVi> = {
  placeholder: '',
}

import { type Dictionary } from '~/locales/dictionary'
import { type reportVi } from '~/locales/report.vi'

/** English strings of the report pages: the same keys as report.vi.ts. */
export const reportEn: Dictionary<typeof reportVi> = {
  placeholder: '',
}

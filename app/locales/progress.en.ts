import { type Dictionary } from '~/locales/dictionary'
import { type progressVi } from '~/locales/progress.vi'

/** English strings of the progress pages: the same keys as progress.vi.ts. */
export const progressEn: Dictionary<typeof progressVi> = {
  placeholder: '',
}

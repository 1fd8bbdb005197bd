import { type Dictionary } from '~/locales/dictionary'
import { type goalsVi } from '~/locales/goals.vi'

/** English strings of the goals pages: the same keys as goals.vi.ts. */
export const goalsEn: Dictionary<typeof goalsVi> = {
  placeholder: '',
}

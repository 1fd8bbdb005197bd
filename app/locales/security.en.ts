import { type Dictionary } from '~/locales/dictionary'
import { type securityVi } from '~/locales/security.vi'

/** English strings of the security pages: the same keys as security.vi.ts. */
export const securityEn: Dictionary<typeof securityVi> = {
  placeholder: '',
  form: {
    notAForm: 'Request refused: what was sent is not a form.',
    malformed: 'Bad request: the form could not be read.',
    tooManyFields: 'Request refused: the form has too many fields.',
    badFieldName: 'Bad request: the form has a field name that is too long or nested too deeply.',
  },
}

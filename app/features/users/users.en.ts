import { type usersVi } from '~/features/users/users.vi'
import { type Dictionary } from '~/locales/dictionary'

/** English strings of sign-in and accounts: the namespaces "auth", "role". */
export const usersEn: Dictionary<typeof usersVi> = {
  auth: {
    signInTitle: 'Sign in to Tiendo',
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {{name}}',
    role: {
      admin: 'Administrator',
      editor: 'Editor',
      viewer: 'Viewer',
    },
    errors: {
      invalid: 'The email or password is wrong, or the account is locked for now. Try again or ask an administrator.',
      tooManyAttempts: 'Too many sign-in attempts from this address. Please try again in a minute.',
      passwordTooShort: 'A password has at least {{max}} characters.',
      passwordCommon: 'This password is too common and easy to guess. Choose another.',
      departmentNotAllowed: 'You can only update your own department’s projects.',
    },
  },
  role: {
    lead: 'Lead investor',
    partner: 'Partner',
  },
}

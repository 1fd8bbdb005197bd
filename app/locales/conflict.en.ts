import { type conflictVi } from '~/locales/conflict.vi'
import { type Dictionary } from '~/locales/dictionary'

/** English strings of the conflict pages: the same keys as conflict.vi.ts. */
export const conflictEn: Dictionary<typeof conflictVi> = {
  title: 'Someone else has just changed this project',
  explanation:
    'While you were editing, someone else saved this project, so your changes have not been saved yet. The fields they changed have been updated in the form; the fields you changed keep your values.',
  conflictsExplanation:
    'Where you both changed a field, the form keeps your value: choose “Use the current value” to keep the saved one instead.',
  nextStep: 'Check the form, then select Save.',
  tableCaption: 'Fields that differ from the saved version',
  columns: {
    field: 'Field',
    mine: 'Your value',
    current: 'Current value',
    form: 'In the form',
  },
  outcome: {
    theirs: 'Updated to the current value',
    mine: 'Keeps your value',
    conflict: 'Both changed it: keeping your value',
    resolved: 'Using the current value',
  },
  useCurrent: 'Use the current value for {{field}}',
  stale: {
    departmentTitle: 'Someone else has just changed this department',
    investorTitle: 'Someone else has just changed this investor',
    userTitle: 'Someone else has just changed this account',
    explanation:
      'While you were editing, someone else saved, so your changes have not been saved yet. The form keeps what you typed.',
    nextStep: 'Compare with the current values below, change what you need, then select Save again.',
  },
  empty: '(empty)',
  investorRow: '{{name}} ({{country}}, {{role}}, {{share}})',
  noShare: 'no share recorded',
  alreadySaved: 'This form had already been sent and saved, so nothing was recorded twice.',
  formNotYours: 'This form cannot be used with the account now signed in. Please open the page again.',
}

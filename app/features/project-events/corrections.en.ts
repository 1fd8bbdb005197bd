import { type correctionsVi } from '~/features/project-events/corrections.vi'
import { type Dictionary } from '~/locales/dictionary'

/** English strings of correcting and voiding recorded entries (docs/decisions/013). */
export const correctionsEn: Dictionary<typeof correctionsVi> = {
  correct: 'Correct',
  void: 'Void',
  correctRow: 'Correct {{what}}',
  voidRow: 'Void {{what}}',
  status: 'Status',
  inForce: 'Counted',
  voidedOn: 'Voided on {{date}} by {{who}}.',
  correctedOn: 'Corrected on {{date}} by {{who}}.',
  reasonShown: 'Reason: {{reason}}',
  seeCorrection: 'See the correction',
  correctionOf: 'Corrects an earlier entry',
  reason: 'Reason',
  reasonHint: 'Required. The reason is kept with the entry and in the history.',
  correctTitle: 'Correct {{what}}',
  correctIntro:
    'The original entry stays, struck through, with the reason; the correction replaces it in the project’s totals, the goals and the quarterly report.',
  saveCorrection: 'Save the correction',
  voidTitle: 'Void {{what}}?',
  voidIntro:
    'It will no longer count in the project’s totals, the goals or the quarterly report. It stays listed here, struck through, with the reason.',
  voidRateIntro: 'This rate will no longer convert anything. It stays listed here, struck through, with the reason.',
  confirmVoid: 'Void this entry',
  keep: 'Keep it',
  close: 'Close',
  savedCorrection: 'Correction of {{what}} saved.',
  voidedDone: 'Voided {{what}}.',
  what: {
    'capital-change': 'the capital adjustment of {{date}}',
    disbursement: 'the disbursement of {{date}}',
    clearance: 'the land handover of {{date}}',
    rate: 'the rate of {{date}}',
  },
  errors: {
    alreadyVoided: 'This entry was already voided or corrected, so it cannot be voided or corrected again.',
    correctionUnchanged: 'The correction is the same as the entry: nothing changed.',
    totalBelowZero: 'The project’s total would fall below zero. Check the total on the project’s edit page first.',
    rateInFuture: 'A rate cannot be dated after today.',
  },
  history: {
    voided: {
      capital_change: '{{who}} voided the capital adjustment of {{amount}} dated {{date}}',
      disbursement: '{{who}} voided the disbursement of {{amount}} dated {{date}}',
      clearance_handover: '{{who}} voided the handover of {{hectares}} of land dated {{date}}',
      exchange_rate: '{{who}} voided the rate of {{rate}} VND/USD dated {{date}}',
    },
    corrected: {
      capital_change: '{{who}} corrected the capital adjustment dated {{date}}',
      disbursement: '{{who}} corrected the disbursement dated {{date}}',
      clearance_handover: '{{who}} corrected the land handover dated {{date}}',
      exchange_rate: '{{who}} corrected the rate dated {{date}}',
    },
    field: '{{field}} from {{from}} to {{to}}',
  },
}

import { type Prisma } from '@prisma/client'
import { ensureDb, prisma } from '~/utils/db.server'
import { safeRedirectPath } from '~/utils/misc'
import { SUBMISSION_KEY_MESSAGES, readSubmissionKey } from '~/utils/submission-key'
import { redirectWithToast } from '~/utils/toast.server'

/**
 * "This form was sent twice", in one place for every create form (docs/decisions/007). Each
 * opened form carries a key (app/utils/submission-key.ts); the write that saves it records
 * the key in its own transaction, so a double click, Back and send again, or two identical
 * requests at the same moment save once. A disbursement saved twice would count twice in
 * the project's total and in the quarter's metric.
 */

export function isUniqueViolation(error: unknown) {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002'
}

/**
 * Thrown inside the write's transaction when its key is taken: the transaction rolls back
 * and saveOnce answers as for any form sent again. Its own class, so a caller's handling of
 * other unique violations (a project's code, an obstacle's) never mistakes it for theirs.
 */
class KeyAlreadyUsed extends Error {
  constructor() {
    super('This form was saved already: its submission key is recorded.')
  }
}

/** A form's key, handed by saveOnce to the write that saves the form. */
export class SubmissionClaim {
  constructor(
    readonly key: string,
    readonly userId: string,
  ) {}

  /**
   * Records the key in the write's transaction, with where the saved record is shown.
   * Call it after the checks that may refuse the form (a refused form can be corrected and
   * sent again with its key) and before any insert another sending of the form would
   * collide with (a new project's unique code): then a second sending stops here.
   */
  async claim(tx: Prisma.TransactionClient, resultPath = '') {
    // Transactions take turns on the connection (app/utils/db.server.ts), so a sending that
    // committed first is seen here and this one writes nothing more.
    const used = await tx.submissionKey.findUnique({ where: { key: this.key }, select: { key: true } })
    if (used) throw new KeyAlreadyUsed()
    try {
      await tx.submissionKey.create({ data: { key: this.key, userId: this.userId, resultPath } })
    } catch (error) {
      // Two sendings past the look-up together (say, two server processes on one file): the
      // key's primary key decides. Only this statement's violation is the key's.
      if (isUniqueViolation(error)) throw new KeyAlreadyUsed()
      throw error
    }
  }

  /** Where the saved record is shown, once its id is known (a project claims before its insert). */
  async leadTo(tx: Prisma.TransactionClient, resultPath: string) {
    await tx.submissionKey.update({ where: { key: this.key }, data: { resultPath } })
  }
}

/**
 * The answer to a form whose key is recorded: back to what the first sending saved, with
 * the same toast for every form, when the key was this person's; refused (the form's 400)
 * when it was someone else's, since following it would show their record and ignoring it
 * would save a duplicate the key no longer guards. Null while the key is unused.
 */
async function answerSentAgain<Refusal>(key: string, userId: string, refuse: (formErrors: string[]) => Refusal) {
  await ensureDb()
  const used = await prisma.submissionKey.findUnique({ where: { key }, select: { userId: true, resultPath: true } })
  if (!used) return null
  if (used.userId !== userId) return { answer: refuse([SUBMISSION_KEY_MESSAGES.formNotYours]) }
  return {
    answer: await redirectWithToast(safeRedirectPath(used.resultPath, '/'), {
      kind: 'success',
      messageKey: SUBMISSION_KEY_MESSAGES.alreadySaved,
    }),
  }
}

/**
 * Saves a create form at most once per key. `key` is what the form sent in its hidden field
 * (absent: saved without the guard, as for scripts); `refuse` makes the form's own 400 with
 * a form-level message; `save` runs the checks and the write, passing the claim to the
 * model function that claims it inside its transaction, and returns the action's answer.
 *
 * A key already used is answered before anything else (a project sent twice would otherwise
 * meet its own code). Two sendings at the same moment both pass that look-up; the second's
 * claim then finds the key inside its transaction, which rolls back, and it gets the same
 * answer. The second may also be refused by a check the first's write made fail (two
 * disbursements that together exceed the capital): a refusal of a form whose key has been
 * used meanwhile is answered as sent again too.
 */
export async function saveOnce<Result, Refusal>(
  form: { key: unknown; userId: string; refuse: (formErrors: string[]) => Refusal },
  save: (claim: SubmissionClaim | undefined) => Promise<Result>,
): Promise<Result | Refusal | Response> {
  const key = readSubmissionKey(form.key)
  if (key === 'invalid') return form.refuse([SUBMISSION_KEY_MESSAGES.formNotYours])
  if (key === null) return save(undefined)

  const before = await answerSentAgain(key, form.userId, form.refuse)
  if (before) return before.answer
  let result: Result
  try {
    result = await save(new SubmissionClaim(key, form.userId))
  } catch (error) {
    if (!(error instanceof KeyAlreadyUsed)) throw error
    const again = await answerSentAgain(key, form.userId, form.refuse)
    if (again) return again.answer
    throw error
  }
  if (result instanceof Response) return result
  const meanwhile = await answerSentAgain(key, form.userId, form.refuse)
  return meanwhile ? meanwhile.answer : result
}

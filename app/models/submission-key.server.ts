import { type Prisma } from '@prisma/client'
import { ensureDb, prisma } from '~/utils/db.server'
import { safeRedirectPath } from '~/utils/misc'
import { redirectWithToast } from '~/utils/toast.server'

/**
 * One key per opened form (docs/decisions/007), for the goal, statistic and project-event
 * forms: the write records its key in the same transaction, so a form sent twice — a
 * double click, or Back and send again — writes once. A disbursement sent twice would
 * otherwise count twice in the project's total and in the quarter's metric.
 */
export type SubmissionKeyUse = { key: string; userId: string; resultPath: string }

export async function claimSubmissionKey(tx: Prisma.TransactionClient, use: SubmissionKeyUse | undefined) {
  if (use) await tx.submissionKey.create({ data: { ...use, key: use.key.toLowerCase() } })
}

/** Where a key already led, and whose it was; null when the key is unused. */
export async function findUsedSubmissionKey(key: string) {
  await ensureDb()
  return prisma.submissionKey.findUnique({ where: { key }, select: { userId: true, resultPath: true } })
}

export function isUniqueViolation(error: unknown) {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002'
}

/**
 * A form sent again: a redirect back to what the first sending made when the key was this
 * person's; 'not-yours' when it was someone else's (following it would show their result,
 * ignoring it would write a duplicate the key no longer guards: the caller refuses, 400);
 * null when the key is unused.
 */
export async function answerSentAgain(
  key: string | undefined,
  userId: string,
  toastKey: string,
): Promise<Response | 'not-yours' | null> {
  if (!key) return null
  const used = await findUsedSubmissionKey(key.toLowerCase())
  if (!used) return null
  if (used.userId !== userId) return 'not-yours'
  return redirectWithToast(safeRedirectPath(used.resultPath, '/'), { kind: 'success', messageKey: toastKey })
}

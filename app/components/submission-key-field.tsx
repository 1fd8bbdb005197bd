import { type SubmissionResult } from '@conform-to/react'
import { useNavigation } from '@remix-run/react'
import { Fragment, type ReactNode, useEffect, useRef, useState } from 'react'
import { SUBMISSION_KEY_FIELD } from '~/utils/submission-key'

type LastResult = SubmissionResult<string[]> | null | undefined

function echoedKey(lastResult: LastResult) {
  const echoed = lastResult?.initialValue?.[SUBMISSION_KEY_FIELD]
  return typeof echoed === 'string' && echoed !== '' ? echoed : undefined
}

/**
 * The key an opened create form sends (docs/decisions/007). `fresh` is the one the page's
 * loader made. The form keeps the key it was opened with through refusals (their answer
 * echoes it back, which also carries it when a page without JavaScript is drawn again with
 * a new one), and once it is saved takes the loader's next key: what is typed next is a new
 * record, not the saved one sent again.
 */
export function useSubmissionKey(fresh: string, lastResult: LastResult): string {
  const [key, setKey] = useState(() => echoedKey(lastResult) ?? fresh)
  const navigation = useNavigation()
  const sending = navigation.state === 'submitting' && navigation.formData?.get(SUBMISSION_KEY_FIELD) === key
  const sent = useRef(false)
  useEffect(() => {
    if (sending) {
      sent.current = true
      return
    }
    if (navigation.state !== 'idle' || !sent.current) return
    sent.current = false
    // Refused, the answer names this key and the form stays as typed. Saved (or found saved
    // already), the action redirected: no answer, and the revalidated loader has a new key.
    if (echoedKey(lastResult) === key) return
    setKey(fresh)
  }, [sending, navigation.state, lastResult, key, fresh])
  return key
}

/** The hidden field that carries the key. */
export function SubmissionKeyField({ value }: { value: string }) {
  return <input type="hidden" name={SUBMISSION_KEY_FIELD} value={value} />
}

/**
 * A create form that stays on its page after saving (a disbursement, a measure): drawn anew
 * with its new key, so its fields and Conform's state start empty and a second click on its
 * button cannot send the saved values again as a new record.
 */
export function FormPerSubmissionKey({
  fresh,
  lastResult,
  children,
}: {
  fresh: string
  lastResult: LastResult
  children: (submissionKey: string) => ReactNode
}) {
  const key = useSubmissionKey(fresh, lastResult)
  return <Fragment key={key}>{children(key)}</Fragment>
}

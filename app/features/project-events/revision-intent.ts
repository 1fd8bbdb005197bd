/**
 * The intents of the forms that correct or void an entry on the events page, without Zod:
 * the page's components import them (the schemas themselves load only when validating,
 * decision 011).
 */
import { EVENT_KINDS, type EventKind } from '~/features/project-events/event-kinds'

export type RevisionMode = 'correct' | 'void'

/** `correct-disbursement`, `void-clearance`…: the intent of each form on the events page. */
export function revisionIntent<K extends EventKind>(mode: RevisionMode, kind: K) {
  return `${mode}-${kind}` as const
}

/** The mode and kind an intent names, or null for any other form. */
export function parseRevisionIntent(intent: unknown): { mode: RevisionMode; kind: EventKind } | null {
  if (typeof intent !== 'string') return null
  for (const mode of ['correct', 'void'] as const) {
    for (const kind of EVENT_KINDS) {
      if (intent === revisionIntent(mode, kind)) return { mode, kind }
    }
  }
  return null
}

import { type Submission, type useForm } from '@conform-to/react'
import { useEffect, useState } from 'react'
import type { input, output, ZodType } from 'zod'

type Validate<Schema extends ZodType> = (context: {
  formData: FormData
}) => Submission<input<Schema>, string[], output<Schema>>

/**
 * Validation in the browser without Zod in the page's JavaScript. The server stays
 * authoritative: every action parses with the full schema, and the loader gives the HTML
 * constraints (getZodConstraint there, not here). Once the page has hydrated, the schema
 * and Conform's Zod adapter load as their own chunk, and from then on the form validates as
 * the person types, exactly as before. Until then (a few milliseconds after hydration, or
 * without JavaScript) `undefined` makes Conform ask the server to validate instead, which
 * shows the same messages next to the same fields.
 *
 * `loadSchema` must `import()` the schema's module (never a static import, or Zod returns
 * to the page); `deps` are what the schema is built from (the language, say).
 */
export function useDeferredValidation<Schema extends ZodType>(
  loadSchema: () => Promise<Schema>,
  deps: readonly unknown[] = [],
): Validate<Schema> | undefined {
  const [validate, setValidate] = useState<{ run: Validate<Schema> }>()
  useEffect(() => {
    let current = true
    void Promise.all([import('@conform-to/zod/v4'), loadSchema()]).then(([{ parseWithZod }, schema]) => {
      if (current) setValidate({ run: ({ formData }) => parseWithZod(formData, { schema }) })
    })
    return () => {
      current = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` are the schema's inputs
  }, deps)
  return validate?.run
}

/** What `getZodConstraint` gives, computed in a loader and passed to `useForm({ constraint })`. */
export type FormConstraint = NonNullable<Parameters<typeof useForm>[0]['constraint']>

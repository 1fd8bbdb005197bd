import { type ReactNode, useId } from 'react'

/**
 * A titled part of a page, named by its heading for assistive technology: a card on screen,
 * or `plain` (a printed document's numbered section, under a rule).
 */
export function Section({
  title,
  children,
  plain = false,
  spacing = 'space-y-3',
}: {
  title: string
  children: ReactNode
  plain?: boolean
  /** The gap between the heading and what follows (a Tailwind space-y class). */
  spacing?: 'space-y-2' | 'space-y-3' | 'space-y-4'
}) {
  const headingId = useId()
  return (
    <section
      aria-labelledby={headingId}
      className={plain ? spacing : `${spacing} rounded-lg border border-slate-300 bg-white p-5`}
    >
      <h2
        id={headingId}
        className={plain ? 'border-b border-slate-300 pb-1 text-lg font-semibold' : 'text-lg font-semibold'}
      >
        {title}
      </h2>
      {children}
    </section>
  )
}

/** A group of a form's fields under a legend, laid out in two columns on a wide screen. */
export function Fieldset({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-300 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {hint ? <p className="mb-3 text-sm text-slate-700">{hint}</p> : null}
      <div className="grid gap-4 md:grid-cols-2">{children}</div>
    </fieldset>
  )
}

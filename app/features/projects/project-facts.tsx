import { type ReactNode } from 'react'
import {
  type ProjectFieldSection,
  type SimpleFieldName,
  type SimpleProjectField,
  linkTitledBy,
  simpleFieldsOf,
} from '~/features/projects/project-fields'
import { formatDate } from '~/utils/format'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** One fact of the project overview: its label and its value, a row of a <dl>. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  )
}

function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className="text-brand-700 underline" rel="noreferrer noopener" target="_blank">
      {children}
    </a>
  )
}

/**
 * A section's simple fields (project-fields.ts) as the overview shows them. A link named by
 * a text field (the source's address, by its title) is that row's link, not a row of its own.
 */
export function SimpleFieldFacts({
  section,
  project,
  none,
}: {
  section: ProjectFieldSection
  project: Record<SimpleFieldName, Date | string | null>
  /** What an empty field shows. */
  none: ReactNode
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const shown = (spec: SimpleProjectField): ReactNode => {
    const value = project[spec.name]
    const text = typeof value === 'string' ? value : null
    const link = linkTitledBy(spec.name)
    const href = link ? project[link.name] : null
    if (typeof href === 'string' && href) return <ExternalLink href={href}>{text ?? href}</ExternalLink>
    switch (spec.kind) {
      case 'date':
        return value ? formatDate(value, locale) : none
      case 'multiline':
        return text ? <span className="whitespace-pre-line">{text}</span> : none
      case 'url':
        return text ? <ExternalLink href={text}>{text}</ExternalLink> : none
      case 'text':
        return text ?? none
    }
  }
  return simpleFieldsOf(section)
    .filter((spec) => !('titledBy' in spec))
    .map((spec) => (
      <Fact key={spec.name} label={t(spec.label)}>
        {shown(spec)}
      </Fact>
    ))
}

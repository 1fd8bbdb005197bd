import { AppLink } from '~/components/app-link'
import { useTranslation } from '~/utils/translation'

const tabs = [
  { id: 'info', labelKey: 'history.tabs.info', suffix: '' },
  { id: 'history', labelKey: 'history.tabs.history', suffix: '/history' },
  { id: 'events', labelKey: 'projectEvents.tab', suffix: '/events' },
  { id: 'obstacles', labelKey: 'obstacles.tab.label', suffix: '/obstacles' },
] as const

export type ProjectTab = (typeof tabs)[number]['id']

/**
 * The project's pages (details, history, events, obstacles) as a row of links. They are links, not an ARIA
 * tab widget: each one is its own URL, and the current one says so with aria-current.
 */
export function ProjectTabs({ projectId, current }: { projectId: string; current: ProjectTab }) {
  const { t } = useTranslation()
  return (
    <nav aria-label={t('history.tabs.label')} className="border-b border-slate-300">
      <ul className="-mb-px flex gap-1">
        {tabs.map((tab) => {
          const active = tab.id === current
          return (
            <li key={tab.id}>
              <AppLink
                to={`/projects/${projectId}${tab.suffix}`}
                aria-current={active ? 'page' : undefined}
                className={`inline-block rounded-t-md border px-4 py-2 text-sm font-medium ${
                  active
                    ? 'border-slate-300 border-b-white bg-white text-slate-900'
                    : 'text-brand-700 border-transparent hover:border-slate-300 hover:bg-white hover:underline'
                }`}
              >
                {t(tab.labelKey)}
              </AppLink>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

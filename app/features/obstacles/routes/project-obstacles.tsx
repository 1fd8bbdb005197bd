import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useId } from 'react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { buttonClassName } from '~/components/ui/button'
import { getProjectHeading } from '~/features/audit/audit-history.server'
import { isUnresolved } from '~/features/obstacles/obstacle-rules'
import { ObstacleTable, obstacleTableRows } from '~/features/obstacles/obstacle-table'
import { listProjectObstacles } from '~/features/obstacles/obstacle.server'
import { requirePermission } from '~/utils/auth.server'
import { provinceToday } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { hasPermission } from '~/utils/permissions'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:project')
  const project = await getProjectHeading(params.projectId ?? '')
  invariantResponse(project, 'Project not found', 404)
  const today = provinceToday()
  const locale = getLocale(request)
  const rows = obstacleTableRows(await listProjectObstacles(project.id), today, locale)
  const t = serverT(locale)
  return {
    title: `${t('obstacles.tab.title')}: ${project.name} · Tiendo`,
    project,
    rows,
    unresolved: rows.filter((row) => isUnresolved(row.status)).length,
    overdue: rows.filter((row) => row.overdueDays > 0).length,
    canCreate: !project.deletedAt && hasPermission(user, 'create:obstacle'),
  }
}

export default function ProjectObstaclesPage() {
  const { project, rows, unresolved, overdue, canCreate } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const headingId = useId()
  const recordPath = `/obstacles/new?${new URLSearchParams({ projectId: project.id })}` as const
  return (
    <div className="space-y-6">
      <section aria-labelledby={headingId} className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h2 id={headingId} className="text-lg font-semibold">
              {t('obstacles.tab.title')}
            </h2>
            {rows.length > 0 ? (
              <p className={overdue > 0 ? 'font-medium text-red-900' : 'text-slate-700'}>
                {t('obstacles.tab.summary', { unresolved, overdue, total: rows.length })}
              </p>
            ) : null}
          </div>
          {canCreate ? (
            <AppLink to={recordPath} className={buttonClassName('primary')}>
              {t('obstacles.tab.record')}
            </AppLink>
          ) : null}
        </div>
        {rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
            {t('obstacles.tab.empty')}
          </p>
        ) : (
          <>
            <ObstacleTable rows={rows} caption={t('obstacles.tab.caption')} showProject={false} />
            {project.deletedAt ? null : (
              <p className="text-sm">
                <AppLink
                  to={`/obstacles?${new URLSearchParams({ project: project.id })}`}
                  className="text-brand-700 underline underline-offset-2"
                >
                  {t('obstacles.tab.viewAll')}
                </AppLink>
              </p>
            )}
          </>
        )}
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}

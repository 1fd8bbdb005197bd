/**
 * What every page of one project shares: the deleted banner, the code and name, the status
 * and the actions, and the tabs; the page itself (details, history, events, obstacles) is
 * the <Outlet/>.
 */
import { type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Outlet, useLoaderData, useMatches } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { Alert } from '~/components/ui/alert'
import { buttonClassName } from '~/components/ui/button'
import { getProjectHeader } from '~/features/projects/project-detail.server'
import { type ProjectTab, ProjectTabs } from '~/features/projects/project-tabs'
import { StatusBadge } from '~/features/projects/status-badge'
import { requirePermission } from '~/utils/auth.server'
import { formatDate } from '~/utils/format'
import { invariantResponse } from '~/utils/misc'
import { hasPermission } from '~/utils/permissions'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:project')
  const project = await getProjectHeader(params.projectId ?? '')
  invariantResponse(project, 'Project not found', 404)
  return {
    project,
    can: {
      update: hasPermission(user, 'update:project', project),
      delete: hasPermission(user, 'delete:project', project),
    },
  }
}

/** The tab of each page under this layout, by route id (app/routes.ts). */
const TAB_OF_ROUTE: Record<string, ProjectTab> = {
  'routes/projects.$projectId._index': 'info',
  'routes/projects.$projectId.history': 'history',
  'routes/projects.$projectId.events': 'events',
  'routes/projects.$projectId.obstacles': 'obstacles',
}

export default function ProjectLayout() {
  const { project, can } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const locale = useLocale()
  const current = useMatches()
    .map((match) => TAB_OF_ROUTE[match.id])
    .find((tab) => tab !== undefined)
  return (
    <div className="space-y-6">
      {project.deletedAt ? (
        <Alert className="p-4">
          <p>{t('project.deletedBanner', { date: formatDate(project.deletedAt, locale) })}</p>
          {can.delete ? (
            <Form method="post" action={`/projects/${project.id}/restore`} className="mt-2">
              <button type="submit" className={buttonClassName('secondary')}>
                {t('common.restore')}
              </button>
            </Form>
          ) : null}
        </Alert>
      ) : null}

      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="font-mono text-sm text-slate-700">{project.code}</p>
          <h1 className="text-2xl font-semibold">{project.name}</h1>
          {project.nameEn ? (
            <p lang="en" className="text-slate-700">
              {project.nameEn}
            </p>
          ) : null}
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <StatusBadge status={project.status} />
            <span>{t(`kind.${project.kind}`)}</span>
            <span aria-hidden="true">·</span>
            <span>{t(`investmentType.${project.investmentType}`)}</span>
          </p>
        </div>
        {project.deletedAt ? null : (
          <div className="flex flex-wrap gap-2">
            {can.update ? (
              <AppLink to={`/projects/${project.id}/edit`} className={buttonClassName('primary')}>
                {t('project.actions.edit')}
              </AppLink>
            ) : null}
            {can.update && project.status !== 'cancelled' ? (
              <AppLink to={`/projects/${project.id}/status`} className={buttonClassName('secondary')}>
                {t('project.actions.changeStatus')}
              </AppLink>
            ) : null}
            {can.delete ? (
              <AppLink to={`/projects/${project.id}/delete`} className={buttonClassName('danger')}>
                {t('project.actions.delete')}
              </AppLink>
            ) : null}
          </div>
        )}
      </div>
      {current ? <ProjectTabs projectId={project.id} current={current} /> : null}
      <Outlet />
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}

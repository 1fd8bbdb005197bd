import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData, useSearchParams } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { Pagination } from '~/components/pagination'
import { buttonClassName } from '~/components/ui/button'
import { TextField } from '~/components/ui/field'
import { parseProjectListQuery } from '~/features/projects/project-list-query'
import { listProjects } from '~/features/projects/project-list.server'
import { StatusBadge } from '~/features/projects/status-badge'
import { requirePermission } from '~/utils/auth.server'
import { formatDateTime } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { hasPermission } from '~/utils/permissions'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:project')
  const searchParams = new URL(request.url).searchParams
  // Most recently deleted first unless the reader chose otherwise.
  if (!searchParams.has('sort')) {
    searchParams.set('sort', 'deletedAt')
    searchParams.set('dir', 'desc')
  }
  const query = parseProjectListQuery(searchParams)
  const result = await listProjects(query, { deleted: true })
  const restorable = result.rows.filter((row) => hasPermission(user, 'delete:project', row)).map((row) => row.id)
  const t = serverT(getLocale(request))
  return { title: `${t('projectList.deletedTitle')} · Tiendo`, query, ...result, restorable }
}

export default function DeletedProjectsPage() {
  const data = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('projectList.deletedTitle')}</h1>
      <p className="text-slate-700">{t('projectList.deletedIntro')}</p>
      <Form method="get" className="flex flex-wrap items-end gap-3">
        <TextField
          className="min-w-64 flex-1"
          label={t('projectList.searchLabel')}
          inputProps={{ type: 'search', name: 'q', defaultValue: data.query.q ?? '' }}
        />
        <button type="submit" className={buttonClassName('primary')}>
          {t('common.search')}
        </button>
      </Form>
      <p aria-live="polite" className="font-medium">
        {t('projectList.count', { count: data.total })}
      </p>
      {data.total === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
          {t('projectList.emptyDeleted')}
        </p>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t('projectList.columns.code')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('projectList.columns.name')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('projectList.columns.status')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('projectList.columns.deletedAt')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('projectList.columns.actions')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {data.rows.map((project) => (
                  <tr key={project.id}>
                    <td className="px-3 py-2 font-mono text-xs">{project.code}</td>
                    <td className="px-3 py-2">
                      <AppLink
                        to={`/projects/${project.id}`}
                        className="text-brand-700 underline-offset-2 hover:underline"
                      >
                        {project.name}
                      </AppLink>
                    </td>
                    <td className="px-3 py-2">
                      <StatusBadge status={project.status} />
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {project.deletedAt ? formatDateTime(project.deletedAt, locale) : ''}
                    </td>
                    <td className="px-3 py-2">
                      {data.restorable.includes(project.id) ? (
                        <Form method="post" action={`/projects/${project.id}/restore`}>
                          <button
                            type="submit"
                            className={buttonClassName('secondary')}
                            aria-label={t('projectList.restoreProject', { name: project.name })}
                          >
                            {t('common.restore')}
                          </button>
                        </Form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={data.page} pageCount={data.pageCount} searchParams={searchParams} />
        </>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}

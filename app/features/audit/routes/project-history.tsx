import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData, useSearchParams } from '@remix-run/react'
import { useId } from 'react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { Pagination } from '~/components/pagination'
import { describeAuditEntry } from '~/features/audit/audit-describe'
import { parsePageParam } from '~/features/audit/audit-filters'
import { getAuditLookups, getProjectHeading, listAuditForEntity } from '~/features/audit/audit-history.server'
import { requirePermission } from '~/utils/auth.server'
import { formatDateTime } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, 'read:project')
  const project = await getProjectHeading(params.projectId ?? '')
  invariantResponse(project, 'Project not found', 404)
  const locale = getLocale(request)
  const t = serverT(locale)
  const history = await listAuditForEntity('project', project.id, {
    page: parsePageParam(new URL(request.url).searchParams),
  })
  const lookups = await getAuditLookups(history.rows)
  // Described here, in the reader's language, so the page and its tests read the same words.
  const entries = history.rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    when: formatDateTime(row.at, locale),
    sentences: describeAuditEntry(row, { t, locale, lookups }),
  }))
  return {
    title: `${t('history.pageTitle', { name: project.name })} · Tiendo`,
    project,
    entries,
    total: history.total,
    page: history.page,
    pageCount: history.pageCount,
  }
}

export default function ProjectHistoryPage() {
  const { entries, total, page, pageCount } = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <div className="space-y-6">
      <section aria-labelledby={headingId} className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={headingId} className="text-lg font-semibold">
            {t('history.title')}
          </h2>
          <p className="text-sm text-slate-700">{t('history.count', { count: total })}</p>
        </div>
        <p className="text-slate-700">{t('history.intro')}</p>
        {entries.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
            {t('history.empty')}
          </p>
        ) : (
          <>
            <ol aria-label={t('history.entriesLabel')} className="space-y-3">
              {entries.map((entry) => (
                <li key={entry.id} className="rounded-lg border border-slate-300 bg-white p-4">
                  <p className="text-sm font-medium text-slate-700">
                    <time dateTime={entry.at}>{entry.when}</time>
                  </p>
                  <ul className="mt-1 space-y-1">
                    {entry.sentences.map((sentence, index) => (
                      <li key={index} className="text-slate-900">
                        {sentence}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
            <Pagination page={page} pageCount={pageCount} searchParams={searchParams} />
          </>
        )}
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}

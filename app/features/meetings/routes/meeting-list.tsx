import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData, useSearchParams } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { RecordTable } from '~/components/paged-list'
import { Pagination } from '~/components/pagination'
import { buttonClassName } from '~/components/ui/button'
import { listMeetings } from '~/features/meetings/meeting.server'
import { requirePermission } from '~/utils/auth.server'
import { formatDate, formatNumber } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { hasPermission } from '~/utils/permissions'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  // Every role reads the meetings; recording one needs create:meeting.
  const user = await requirePermission(request, 'read:meeting')
  const page = Number.parseInt(new URL(request.url).searchParams.get('page') ?? '', 10)
  const result = await listMeetings(Number.isFinite(page) ? page : 1)
  const t = serverT(getLocale(request))
  return {
    title: `${t('meetings.title')} · Tiendo`,
    canCreate: hasPermission(user, 'create:meeting'),
    ...result,
  }
}

export default function MeetingsPage() {
  const data = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const { t } = useTranslation()
  const locale = useLocale()

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t('meetings.title')}</h1>
        {data.canCreate ? (
          <AppLink to="/meetings/new" className={buttonClassName('primary')}>
            {t('meetings.add')}
          </AppLink>
        ) : null}
      </div>
      <p className="text-slate-700">{t('meetings.intro')}</p>

      {data.rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
          <p className="font-medium">{t('meetings.list.empty')}</p>
          <p className="mt-1 text-slate-700">{t('meetings.list.emptyHint')}</p>
          {data.canCreate ? (
            <AppLink to="/meetings/new" className={`${buttonClassName('primary')} mt-4`}>
              {t('meetings.add')}
            </AppLink>
          ) : null}
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t('meetings.list.count', { count: data.total })}</p>
          <RecordTable
            caption={t('meetings.list.tableCaption')}
            columns={[
              { label: t('meetings.list.columns.date') },
              { label: t('meetings.list.columns.venue') },
              { label: t('meetings.list.columns.chair') },
              { label: t('meetings.list.columns.projects'), numeric: true },
              { label: t('meetings.list.columns.obstacles'), numeric: true },
            ]}
          >
            {data.rows.map((meeting) => {
              const date = formatDate(meeting.date, locale)
              const venue = meeting.place
              return (
                <tr key={meeting.id}>
                  <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap">
                    <AppLink
                      to={`/meetings/${meeting.id}`}
                      className="text-brand-700 underline-offset-2 hover:underline"
                      aria-label={t('meetings.list.open', { date, venue })}
                    >
                      {date}
                    </AppLink>
                  </th>
                  <td className="px-3 py-2">{venue}</td>
                  <td className="px-3 py-2">{meeting.chair}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatNumber(meeting._count.projects, locale)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {formatNumber(meeting._count.obstacles, locale)}
                  </td>
                </tr>
              )
            })}
          </RecordTable>
          <Pagination page={data.page} pageCount={data.pageCount} searchParams={searchParams} />
        </>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}

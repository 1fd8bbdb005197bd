import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { getMeeting } from '~/features/meetings/meeting.server'
import { isOverdue } from '~/features/obstacles/obstacle-rules'
import { requirePermission } from '~/utils/auth.server'
import { formatDate, formatDateTime, provinceToday } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, 'read:meeting')
  const meeting = await getMeeting(params.meetingId ?? '')
  invariantResponse(meeting, 'Meeting not found', 404)
  const locale = getLocale(request)
  const t = serverT(locale)
  const today = provinceToday()
  return {
    title: `${t('meetings.detail.title', { date: formatDate(meeting.date, locale) })} · Tiendo`,
    meeting: {
      ...meeting,
      enterprises: meeting.enterprises
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      projects: meeting.projects.map((row) => row.project).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
      obstacles: meeting.obstacles.map((obstacle) => ({ ...obstacle, overdue: isOverdue(obstacle, today) })),
    },
  }
}

const linkClass = 'text-brand-700 underline underline-offset-2 hover:text-brand-900'

export default function MeetingPage() {
  const { meeting } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const locale = useLocale()

  return (
    <div className="space-y-6">
      <p>
        <AppLink to="/meetings" className={linkClass}>
          {t('meetings.detail.back')}
        </AppLink>
      </p>
      <h1 className="text-2xl font-semibold">
        {t('meetings.detail.title', { date: formatDate(meeting.date, locale) })}
      </h1>

      <section aria-labelledby="meeting-facts" className="rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="meeting-facts" className="mb-3 text-lg font-semibold">
          {t('meetings.detail.facts')}
        </h2>
        <dl className="grid gap-x-6 gap-y-3 md:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">{t('meetings.detail.date')}</dt>
          <dd>{formatDate(meeting.date, locale)}</dd>
          <dt className="font-medium text-slate-700">{t('meetings.detail.venue')}</dt>
          <dd>{meeting.place}</dd>
          <dt className="font-medium text-slate-700">{t('meetings.detail.chair')}</dt>
          <dd>{meeting.chair}</dd>
          {meeting.notes ? (
            <>
              <dt className="font-medium text-slate-700">{t('meetings.detail.notes')}</dt>
              <dd className="whitespace-pre-line">{meeting.notes}</dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-700">{t('meetings.detail.recordedAt')}</dt>
          <dd>{formatDateTime(meeting.createdAt, locale)}</dd>
        </dl>
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="meeting-enterprises" className="rounded-lg border border-slate-300 bg-white p-5">
          <h2 id="meeting-enterprises" className="mb-3 text-lg font-semibold">
            {t('meetings.detail.enterprises')}
          </h2>
          {meeting.enterprises.length === 0 ? (
            <p className="text-slate-700">{t('meetings.detail.noEnterprises')}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {meeting.enterprises.map((enterprise, index) => (
                <li key={`${index}-${enterprise}`}>{enterprise}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="meeting-projects" className="rounded-lg border border-slate-300 bg-white p-5">
          <h2 id="meeting-projects" className="mb-3 text-lg font-semibold">
            {t('meetings.detail.projects')}
          </h2>
          {meeting.projects.length === 0 ? (
            <p className="text-slate-700">{t('meetings.detail.noProjects')}</p>
          ) : (
            <ul className="space-y-1">
              {meeting.projects.map((project) => (
                <li key={project.id}>
                  <AppLink to={`/projects/${project.id}`} className={linkClass}>
                    {project.name}
                  </AppLink>{' '}
                  <span className="text-sm text-slate-600">({project.code})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="meeting-obstacles" className="space-y-3">
        <h2 id="meeting-obstacles" className="text-lg font-semibold">
          {t('meetings.detail.obstacles')}
        </h2>
        {meeting.obstacles.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-400 bg-white p-5 text-slate-700">
            {t('meetings.detail.noObstacles')}
          </p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">{t('meetings.detail.obstaclesCaption')}</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t('meetings.detail.columns.code')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('meetings.detail.columns.title')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('meetings.detail.columns.project')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('meetings.detail.columns.departments')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('meetings.detail.columns.status')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('meetings.detail.columns.deadline')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {meeting.obstacles.map((obstacle) => (
                  <tr key={obstacle.id}>
                    <td className="px-3 py-2 whitespace-nowrap tabular-nums">{obstacle.code}</td>
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      <AppLink to={`/obstacles/${obstacle.id}`} className={linkClass}>
                        {obstacle.title}
                      </AppLink>
                      <span className="block text-xs font-normal text-slate-600">
                        {t(`obstacles.category.${obstacle.category}`, { defaultValue: obstacle.category })}
                      </span>
                    </th>
                    <td className="px-3 py-2">
                      <AppLink to={`/projects/${obstacle.project.id}`} className={linkClass}>
                        {obstacle.project.name}
                      </AppLink>
                    </td>
                    <td className="px-3 py-2">
                      {obstacle.departments.map((row) => row.department.code).join(', ') || t('common.none')}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {t(`obstacles.status.${obstacle.status}`, { defaultValue: obstacle.status })}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {formatDate(obstacle.deadline, locale)}
                      {obstacle.overdue ? (
                        <span className="ml-2 inline-block rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-900 ring-1 ring-red-300">
                          {t('meetings.detail.overdue')}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}

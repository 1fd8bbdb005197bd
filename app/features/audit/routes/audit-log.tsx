import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData, useSearchParams } from '@remix-run/react'
import { type AppHref, AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ListFilters } from '~/components/list-filters'
import { Pagination } from '~/components/pagination'
import { buttonClassName } from '~/components/ui/button'
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  auditRowDepartmentIds,
  auditRowProjectId,
  auditRowProjectIds,
  describeAuditEntry,
} from '~/features/audit/audit-describe'
import { parseAuditListQuery } from '~/features/audit/audit-filters'
import {
  getAuditFilterOptions,
  getAuditLookups,
  getAuditedProjects,
  getAuditedRecordNames,
  listAudit,
} from '~/features/audit/audit-history.server'
import { AuditLogTable } from '~/features/audit/audit-log-table'
import { requirePermission } from '~/utils/auth.server'
import { formatDateTime } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

const PROJECT_EVENT_TYPES = new Set(['capital_change', 'disbursement', 'clearance_handover'])

/** The page of a record the trail names, where the app has one. */
function recordPath(entityType: string | null, entityId: string | null, eventProjectId: string | null): AppHref | null {
  if (!entityId) return null
  switch (entityType) {
    case 'project':
      return `/projects/${entityId}`
    case 'capital_change':
    case 'disbursement':
    case 'clearance_handover':
      return eventProjectId ? `/projects/${eventProjectId}/events` : null
    case 'obstacle':
      return `/obstacles/${entityId}`
    case 'meeting':
      return `/meetings/${entityId}`
    case 'goal':
      return `/progress/goals/${entityId}`
    default:
      return null
  }
}

/** Known values first, in their listed order, then any others the trail holds. */
function inListedOrder(values: string[], listed: readonly string[]) {
  const rank = (value: string) => (listed.includes(value) ? listed.indexOf(value) : listed.length)
  return [...values].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'read:audit')
  const locale = getLocale(request)
  const t = serverT(locale)
  const options = await getAuditFilterOptions()
  const parsed = parseAuditListQuery(new URL(request.url).searchParams)
  // A value the trail does not hold is ignored like a malformed one, so the selects always
  // show the filter that is applied.
  const query = {
    ...parsed,
    user: options.users.some((user) => user.id === parsed.user) ? parsed.user : undefined,
    entity: parsed.entity && options.entityTypes.includes(parsed.entity) ? parsed.entity : undefined,
    action: parsed.action && options.actions.includes(parsed.action) ? parsed.action : undefined,
  }
  const result = await listAudit({ ...query, userId: query.user, entityType: query.entity })
  // Besides the rows' own records: the departments an obstacle or a measure names, and the
  // projects of events, obstacles and goals, so the sentences and the record column name them.
  const namedDepartments = result.rows.flatMap((row) =>
    auditRowDepartmentIds(row).map((id) => ({ entityType: 'department', entityId: id, changes: null })),
  )
  const namedProjects = result.rows.flatMap((row) =>
    auditRowProjectIds(row).map((id) => ({ entityType: 'project', entityId: id })),
  )
  const [lookups, projects, recordNames] = await Promise.all([
    getAuditLookups([...result.rows, ...namedDepartments]),
    getAuditedProjects([...result.rows, ...namedProjects]),
    getAuditedRecordNames(result.rows),
  ])
  const userNames = new Map(options.users.map((user) => [user.id, user.name]))
  const rows = result.rows.map((row) => {
    const project = row.entityType === 'project' && row.entityId ? projects[row.entityId] : undefined
    // A capital change, disbursement or handover is shown as the project it belongs to.
    const eventProjectId = row.entityType && PROJECT_EVENT_TYPES.has(row.entityType) ? auditRowProjectId(row) : null
    const shownProject = project ?? (eventProjectId ? projects[eventProjectId] : undefined)
    const department = row.entityType === 'department' && row.entityId ? lookups.departments[row.entityId] : undefined
    const named =
      department?.[locale === 'vi' ? 'nameVi' : 'nameEn'] ??
      (row.entityType === 'user' && row.entityId ? userNames.get(row.entityId) : undefined) ??
      (row.entityId ? recordNames[row.entityId] : undefined)
    return {
      id: row.id,
      at: row.at.toISOString(),
      when: formatDateTime(row.at, locale),
      user: row.userName ?? t('history.unknownUser'),
      ip: row.ip ?? '',
      action: t(`history.actions.${row.action}`, { defaultValue: row.action }),
      entityType: row.entityType ? t(`history.entityType.${row.entityType}`, { defaultValue: row.entityType }) : '',
      entityId: row.entityId,
      entityName: shownProject ? `${shownProject.code} · ${shownProject.name}` : (named ?? row.entityId ?? ''),
      projectId: project && row.entityId ? row.entityId : null,
      href: recordPath(row.entityType, row.entityId, eventProjectId),
      sentences: describeAuditEntry(row, { t, locale, lookups: { ...lookups, projects } }),
    }
  })
  return {
    title: `${t('history.admin.title')} · Tiendo`,
    query,
    filtered: Boolean(query.user || query.entity || query.action || query.from || query.to),
    options: {
      users: options.users.map((user) => ({
        value: user.id,
        label: user.email ? `${user.name} (${user.email})` : user.name,
      })),
      entityTypes: inListedOrder(options.entityTypes, AUDIT_ENTITY_TYPES).map((value) => ({
        value,
        label: t(`history.entityType.${value}`, { defaultValue: value }),
      })),
      actions: inListedOrder(options.actions, AUDIT_ACTIONS).map((value) => ({
        value,
        label: t(`history.actions.${value}`, { defaultValue: value }),
      })),
    },
    rows,
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
  }
}

export default function AuditPage() {
  const data = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const { t } = useTranslation()
  const { query, options } = data
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('history.admin.title')}</h1>
      <p className="text-slate-700">{t('history.admin.intro')}</p>
      <ListFilters
        label={t('history.admin.filters')}
        active={data.filtered}
        clearTo="/admin/audit"
        clearLabel={t('history.admin.clearFilters')}
        applyLabel={t('history.admin.apply')}
        gridClassName="md:grid-cols-3 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] lg:items-start"
        buttonsInGrid
        filters={[
          { kind: 'select', name: 'user', label: t('history.admin.user'), value: query.user, options: options.users },
          {
            kind: 'select',
            name: 'entity',
            label: t('history.admin.entityType'),
            value: query.entity,
            options: options.entityTypes,
          },
          {
            kind: 'select',
            name: 'action',
            label: t('history.admin.action'),
            value: query.action,
            options: options.actions,
          },
          {
            kind: 'date',
            name: 'from',
            label: t('history.admin.from'),
            value: query.from,
            hint: t('history.admin.dateHint'),
          },
          {
            kind: 'date',
            name: 'to',
            label: t('history.admin.to'),
            value: query.to,
            hint: t('history.admin.dateHint'),
          },
        ]}
      />
      <p aria-live="polite" className="font-medium">
        {t('history.admin.count', { count: data.total })}
      </p>
      {data.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
          <p>{t('history.admin.empty')}</p>
          {data.filtered ? (
            <>
              <p className="mt-1 text-slate-700">{t('history.admin.emptyHint')}</p>
              <AppLink to="/admin/audit" className={buttonClassName('secondary', 'mt-4')}>
                {t('history.admin.clearFilters')}
              </AppLink>
            </>
          ) : null}
        </div>
      ) : (
        <>
          <AuditLogTable caption={t('history.admin.tableCaption')} rows={data.rows} />
          <Pagination page={data.page} pageCount={data.pageCount} searchParams={searchParams} />
        </>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}

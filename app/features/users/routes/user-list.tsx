import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ListFilters } from '~/components/list-filters'
import { EmptyState, PagedResults, RecordTable } from '~/components/paged-list'
import { buttonClassName } from '~/components/ui/button'
import { listDepartmentChoices } from '~/features/departments/department.server'
import { AccountStatusBadge } from '~/features/users/user-forms'
import { parseUserListQuery } from '~/features/users/user-schema'
import { ROLES, USER_STATUSES } from '~/features/users/user-vocabulary'
import { listUsers } from '~/features/users/user.server'
import { requirePermission } from '~/utils/auth.server'
import { formatDateTime } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { localName } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'manage:user')
  const query = parseUserListQuery(new URL(request.url).searchParams)
  const t = serverT(getLocale(request))
  const [list, departments] = await Promise.all([listUsers(query), listDepartmentChoices()])
  return { title: `${t('admin.users.title')} · Tiendo`, query, departments, currentUserId: user.id, ...list }
}

export default function UsersPage() {
  const data = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const locale = useLocale()
  const filtered = Boolean(data.query.q || data.query.role || data.query.department || data.query.status)
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t('admin.users.title')}</h1>
        <AppLink to="/admin/users/new" className={buttonClassName('primary')}>
          {t('admin.users.add')}
        </AppLink>
      </div>
      <p className="text-slate-700">{t('admin.users.intro')}</p>
      <ListFilters
        label={t('admin.users.filters')}
        gridClassName="md:grid-cols-[2fr_1fr_1fr_1fr_auto] md:items-end"
        buttonsInGrid
        active={false}
        filters={[
          { kind: 'search', name: 'q', label: t('admin.users.searchLabel'), value: data.query.q, className: '' },
          {
            kind: 'select',
            name: 'role',
            label: t('admin.users.role'),
            value: data.query.role,
            options: ROLES.map((role) => ({ value: role, label: t(`auth.role.${role}`) })),
          },
          {
            kind: 'select',
            name: 'department',
            label: t('admin.users.department'),
            value: data.query.department,
            options: data.departments.map((department) => ({
              value: department.code,
              label: localName(department, locale),
            })),
          },
          {
            kind: 'select',
            name: 'status',
            label: t('admin.users.status'),
            value: data.query.status,
            options: USER_STATUSES.map((status) => ({
              value: status,
              label: t(status === 'active' ? 'admin.users.statusActive' : 'admin.users.statusDisabled'),
            })),
          },
        ]}
      />
      <PagedResults
        total={data.total}
        countLabel={t('admin.users.count', { count: data.total })}
        page={data.page}
        pageCount={data.pageCount}
        empty={
          <EmptyState
            message={filtered ? t('admin.users.emptyFiltered') : t('admin.users.empty')}
            clear={filtered ? { to: '/admin/users', label: t('admin.users.clearFilters') } : undefined}
          />
        }
      >
        <RecordTable
          caption={t('admin.users.tableCaption')}
          columns={[
            { label: t('admin.users.name') },
            { label: t('admin.users.email') },
            { label: t('admin.users.role') },
            { label: t('admin.users.department') },
            { label: t('admin.users.status') },
            { label: t('admin.users.lastSignIn') },
          ]}
        >
          {data.rows.map((user) => (
            <tr key={user.id}>
              <td className="px-3 py-2">
                <AppLink to={`/admin/users/${user.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {user.name}
                </AppLink>
                {user.id === data.currentUserId ? (
                  <span className="ml-1 text-slate-600">{t('admin.users.you')}</span>
                ) : null}
              </td>
              <td className="px-3 py-2 break-all">{user.email}</td>
              <td className="px-3 py-2">
                {t(`auth.role.${user.role}`, { defaultValue: user.role })}
                {user.provinceWide ? (
                  <span className="ml-1 text-slate-600">({t('admin.users.provinceWideShort')})</span>
                ) : null}
              </td>
              <td className="px-3 py-2">{user.department ? localName(user.department, locale) : t('common.none')}</td>
              <td className="px-3 py-2">
                <AccountStatusBadge disabled={Boolean(user.disabledAt)} />
              </td>
              <td className="px-3 py-2">
                {user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t('admin.users.neverSignedIn')}
              </td>
            </tr>
          ))}
        </RecordTable>
      </PagedResults>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}

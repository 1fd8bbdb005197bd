import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData, useSearchParams } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { Pagination } from '~/components/pagination'
import { buttonClassName } from '~/components/ui/button'
import { SelectField, TextField } from '~/components/ui/field'
import { AccountStatusBadge } from '~/features/users/user-forms'
import { parseUserListQuery } from '~/features/users/user-schema'
import { ROLES, USER_STATUSES } from '~/features/users/user-vocabulary'
import { listDepartmentChoices, listUsers } from '~/features/users/user.server'
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
  const [searchParams] = useSearchParams()
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
      <Form
        method="get"
        className="grid gap-4 rounded-lg border border-slate-300 bg-white p-4 md:grid-cols-[2fr_1fr_1fr_1fr_auto] md:items-end"
      >
        <TextField
          label={t('admin.users.searchLabel')}
          inputProps={{ type: 'search', name: 'q', defaultValue: data.query.q ?? '' }}
        />
        <SelectField
          label={t('admin.users.role')}
          placeholder={t('common.all')}
          selectProps={{ name: 'role', defaultValue: data.query.role ?? '' }}
          options={ROLES.map((role) => ({ value: role, label: t(`auth.role.${role}`) }))}
        />
        <SelectField
          label={t('admin.users.department')}
          placeholder={t('common.all')}
          selectProps={{ name: 'department', defaultValue: data.query.department ?? '' }}
          options={data.departments.map((department) => ({
            value: department.code,
            label: localName(department, locale),
          }))}
        />
        <SelectField
          label={t('admin.users.status')}
          placeholder={t('common.all')}
          selectProps={{ name: 'status', defaultValue: data.query.status ?? '' }}
          options={USER_STATUSES.map((status) => ({
            value: status,
            label: t(status === 'active' ? 'admin.users.statusActive' : 'admin.users.statusDisabled'),
          }))}
        />
        <button type="submit" className={buttonClassName('primary')}>
          {t('common.apply')}
        </button>
      </Form>
      <p aria-live="polite" className="font-medium">
        {t('admin.users.count', { count: data.total })}
      </p>
      {data.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
          <p>{filtered ? t('admin.users.emptyFiltered') : t('admin.users.empty')}</p>
          {filtered ? (
            <AppLink to="/admin/users" className={buttonClassName('secondary', 'mt-4')}>
              {t('admin.users.clearFilters')}
            </AppLink>
          ) : null}
        </div>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">{t('admin.users.tableCaption')}</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.users.name')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.users.email')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.users.role')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.users.department')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.users.status')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.users.lastSignIn')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {data.rows.map((user) => (
                  <tr key={user.id}>
                    <td className="px-3 py-2">
                      <AppLink
                        to={`/admin/users/${user.id}`}
                        className="text-brand-700 underline-offset-2 hover:underline"
                      >
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
                    <td className="px-3 py-2">
                      {user.department ? localName(user.department, locale) : t('common.none')}
                    </td>
                    <td className="px-3 py-2">
                      <AccountStatusBadge disabled={Boolean(user.disabledAt)} />
                    </td>
                    <td className="px-3 py-2">
                      {user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t('admin.users.neverSignedIn')}
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

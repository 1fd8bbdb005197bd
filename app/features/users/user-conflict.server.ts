import { listDepartmentChoices } from '~/features/departments/department.server'
import { type UserEditInput } from '~/features/users/user-schema'
import { getUserForAdmin, scopeOf } from '~/features/users/user.server'
import { differingFields } from '~/utils/edit-conflict'
import { serverT } from '~/utils/i18n'
import { type Locale, localName } from '~/utils/locale'
import { invariantResponse } from '~/utils/misc'

/**
 * An account's edit refused because someone saved it since the form was opened (or
 * disabled or enabled it): the account as saved now, and each field where what was typed
 * differs from it, in words. No differences: what was sent is what is saved (a double click).
 */
export async function staleUserEdit(userId: string, input: UserEditInput, locale: Locale) {
  const [current, departments] = await Promise.all([getUserForAdmin(userId), listDepartmentChoices()])
  invariantResponse(current, 'User not found', 404)
  const t = serverT(locale)
  const mine = { name: input.name, role: input.role, ...scopeOf(input) }
  const departmentOf = (id: string | null) => {
    const department = departments.find((candidate) => candidate.id === id)
    return department ? localName(department, locale) : ''
  }
  const differences = differingFields([
    { field: 'name', label: t('admin.users.name'), mine: mine.name, current: current.name },
    {
      field: 'role',
      label: t('admin.users.role'),
      mine: t(`auth.role.${mine.role}`),
      current: t(`auth.role.${current.role}`, { defaultValue: current.role }),
    },
    {
      field: 'departmentId',
      label: t('admin.users.department'),
      mine: departmentOf(mine.departmentId),
      current: departmentOf(current.departmentId),
      differs: mine.departmentId !== current.departmentId,
    },
    {
      field: 'provinceWide',
      label: t('admin.form.provinceWide'),
      mine: t(mine.provinceWide ? 'common.yes' : 'common.no'),
      current: t(current.provinceWide ? 'common.yes' : 'common.no'),
    },
  ])
  return { current, differences }
}

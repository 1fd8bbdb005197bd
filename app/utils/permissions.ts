/**
 * Permissions are `action:entity:access` strings (update:project:own-department). A role
 * holds a set of them (seeded by migration, table RolePermission). "own-department" is
 * satisfied when the record belongs to the user's department, or when the user is an
 * editor with province-wide scope.
 */
export type Access = 'any' | 'own-department'
export type PermissionString = `${string}:${string}`

export type PermissionSubject = {
  permissions: readonly string[]
  departmentId: string | null
  provinceWide: boolean
}

export function hasPermission(
  user: PermissionSubject,
  permission: PermissionString,
  record?: { departmentId: string | null },
): boolean {
  if (user.permissions.includes(`${permission}:any`)) return true
  if (!user.permissions.includes(`${permission}:own-department`)) return false
  if (user.provinceWide) return true
  // Without a record (a list page, a "new" form) the user may act on their own department.
  if (!record) return true
  return record.departmentId !== null && record.departmentId === user.departmentId
}

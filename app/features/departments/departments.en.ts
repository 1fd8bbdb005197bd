import { type departmentsVi } from '~/features/departments/departments.vi'
import { type Dictionary } from '~/locales/dictionary'

/** English strings of the departments pages: the namespaces "departments". */
export const departmentsEn: Dictionary<typeof departmentsVi> = {
  departments: {
    title: 'Departments',
    intro: 'The departments that follow projects. An editor updates only their own department’s projects.',
    code: 'Short code',
    nameVi: 'Vietnamese name',
    nameEn: 'English name',
    projects: 'Projects',
    users: 'Users',
    add: 'Add department',
    addTitle: 'Add a department',
    editTitle: 'Edit department {{name}}',
    saved: 'Department {{name}} saved.',
    codeTaken: 'Another department already uses this code.',
    tableCaption: 'Departments by code',
  },
}

import { type investorsVi } from '~/features/investors/investors.vi'
import { type Dictionary } from '~/locales/dictionary'

/** English strings of the investor pages: the namespaces "investors". */
export const investorsEn: Dictionary<typeof investorsVi> = {
  investors: {
    title: 'Investor directory',
    count_one: '{{count, number}} investor found',
    count_other: '{{count, number}} investors found',
    count: '{{count, number}} investors found',
    intro: 'Investors are added when a project names them. Correct names, countries and contacts here.',
    searchLabel: 'Search by investor name',
    filters: 'Filter investors',
    country: 'Country',
    contact: 'Contact',
    contactHint: 'Contact person, phone, email',
    projects: 'Projects',
    projectsOf: 'Projects of this investor',
    noProjects: 'This investor is not linked to any project yet.',
    empty: 'No investor matches.',
    editTitle: 'Edit investor {{name}}',
    name: 'Investor name',
    saved: 'Investor {{name}} saved.',
    nameTaken: 'Another investor already has this name.',
    tableCaption: 'Investor directory by name',
    type: 'Domestic / foreign',
  },
}

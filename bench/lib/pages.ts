/**
 * The pages the load test opens, by the names latest.json uses. The project list asks for
 * what a person does on it: a search, two filters and a sort, on page 3. "nha may" (nhà
 * máy, factory) is the word most generated project names start with.
 */
export const PROJECT_LIST_SEARCH = 'q=nha+may&kind=factory&status=operating&sort=registeredCapital&dir=desc&page=3'

export type PageName = 'baseline' | 'project-list' | 'project-page' | 'progress-overview' | 'obstacles-list'

export type PageSpec = {
  name: PageName
  path: string
  /** a 404 is reported as a missing page instead of failing the run (a page still being built) */
  mayBeMissing?: true
}

export function benchPages(longHistoryProjectId: string): PageSpec[] {
  return [
    { name: 'baseline', path: '/bench/baseline' },
    { name: 'project-list', path: `/projects?${PROJECT_LIST_SEARCH}` },
    { name: 'project-page', path: `/projects/${longHistoryProjectId}` },
    { name: 'progress-overview', path: '/progress' },
    { name: 'obstacles-list', path: '/obstacles', mayBeMissing: true },
  ]
}

/** Lighthouse runs on these three. */
export const LIGHTHOUSE_PAGES: readonly PageName[] = ['project-list', 'project-page', 'progress-overview']

import { AppLink } from '~/components/app-link'

/** A project's name linking to its page, its code beneath: how the progress tables name a project. */
export function ProjectNameWithCode({ id, name, code }: { id: string; name: string; code: string }) {
  return (
    <>
      <AppLink to={`/projects/${id}`} className="text-brand-700 font-medium underline-offset-2 hover:underline">
        {name}
      </AppLink>
      <div className="font-mono text-xs text-slate-700">{code}</div>
    </>
  )
}

/** Where a figure or a goal comes from: its title, a link when an address was given. */
export function SourceLink({ title, url }: { title: string; url: string | null }) {
  if (!url) return <>{title}</>
  return (
    <a href={url} className="text-brand-700 underline underline-offset-2" rel="noreferrer noopener">
      {title}
    </a>
  )
}

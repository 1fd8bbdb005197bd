import { type AppHref, AppLink } from '~/components/app-link'
import { useTranslation } from '~/utils/translation'

/** A row of the audit trail as the page shows it, written out on the server in the reader's language. */
export type AuditLogRow = {
  id: string
  /** The moment, as ISO text (for <time>), and as the reader reads it. */
  at: string
  when: string
  user: string
  ip: string
  action: string
  entityType: string
  entityName: string
  /** The page of the record named, where the app has one. */
  href: AppHref | null
  sentences: string[]
}

/** The audit trail's table: when, who, from where, what was done to which record, in sentences. */
export function AuditLogTable({ caption, rows }: { caption: string; rows: AuditLogRow[] }) {
  const { t } = useTranslation()
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2 whitespace-nowrap">
              {t('history.admin.columns.at')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('history.admin.columns.user')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('history.admin.columns.ip')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('history.admin.columns.action')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('history.admin.columns.entity')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('history.admin.columns.description')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={row.at}>{row.when}</time>
              </td>
              <td className="px-3 py-2">{row.user}</td>
              <td className="px-3 py-2 font-mono text-xs">{row.ip || t('common.none')}</td>
              <td className="px-3 py-2">{row.action}</td>
              <td className="px-3 py-2">
                {row.entityType ? <span className="block text-slate-700">{row.entityType}</span> : null}
                {row.href ? (
                  <AppLink to={row.href} className="text-brand-700 underline-offset-2 hover:underline">
                    {row.entityName}
                  </AppLink>
                ) : (
                  <span className="break-all">{row.entityName || t('common.none')}</span>
                )}
              </td>
              <td className="px-3 py-2">
                {row.sentences.length === 1 ? (
                  row.sentences[0]
                ) : (
                  <ul className="list-disc space-y-1 pl-4">
                    {row.sentences.map((sentence, index) => (
                      <li key={index}>{sentence}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

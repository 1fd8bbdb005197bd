import { type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { isBenchEnabled } from '~/benchmark/bench.server'

/**
 * The benchmark's ceiling: a small React page through the same server, layout and
 * renderer as every other page, with no database work (the root loader skips
 * the session lookup here). Only `npm run bench` turns it on (TIENDO_BENCH=1); otherwise
 * there is no such page. Never shown to users, so its text is not translated.
 */

export const meta: MetaFunction = () => [{ title: 'Baseline · Tiendo' }]

const ROWS = Array.from({ length: 10 }, (_, index) => ({
  code: `BASE-${String(index + 1).padStart(3, '0')}`,
  name: `Baseline row ${index + 1}`,
}))

export function loader() {
  if (!isBenchEnabled()) throw new Response('Not Found', { status: 404 })
  return { rows: ROWS }
}

export default function BenchBaselinePage() {
  const { rows } = useLoaderData<typeof loader>()
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Baseline</h1>
      <p className="text-slate-700">A page with no database work: the ceiling of server rendering.</p>
      <table className="min-w-full text-sm">
        <thead>
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              Code
            </th>
            <th scope="col" className="px-3 py-2 text-left">
              Name
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <td className="px-3 py-2">{row.code}</td>
              <td className="px-3 py-2">{row.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

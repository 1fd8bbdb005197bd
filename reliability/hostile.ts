/**
 * The hostile corpus: every action of the app receives bodies that are not forms, forms
 * that are too big or too deep, and each of its own fields set to values a careless user or
 * an attacker would send. Nothing may answer 500 or fail to answer; a huge body must not
 * stall the server for anyone else.
 */
import { type Answer, type PageForm, type Send, encodeForm, formsOf, send } from './lib/http'

export type Target = { path: string; cookie: () => Promise<string | undefined> }

export type HostileResult = {
  requests: number
  byStatus: Map<number, number>
  failures: string[]
  /** The slowest /healthz answer while a 10 MB body of a million fields was being sent. */
  healthDuringFloodMs: number
  floodStatus: number
}

const LONG = 'ả'.repeat(100_000)

/** Values for any field: numbers, dates and text at and past every edge. */
export const HOSTILE_VALUES: string[] = [
  '',
  ' ',
  '0',
  '-1',
  '1',
  '1e309',
  'NaN',
  '-0',
  '99999999999999999999999999999999',
  '1.000.000.000.000.000.000.000',
  '2025-02-30',
  '+275760-09-13',
  '0000-00-00',
  '9999-12-31',
  '12/31/2025',
  LONG,
  'tên\u0000rỗng',
  '\u202Eevil\u202C',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '🙂 Hà Ráng',
  '__proto__',
  '/%09/evil.example',
  '/\r\nSet-Cookie: x=1',
]

function bodyCases(base: [string, string][]): { name: string; send: Send }[] {
  const form = encodeForm(base)
  const deep = `a${'[0]'.repeat(5_000)}=1`
  return [
    { name: 'JSON', send: { body: JSON.stringify(Object.fromEntries(base)), contentType: 'application/json' } },
    { name: 'text/plain', send: { body: form, contentType: 'text/plain' } },
    { name: 'XML', send: { body: '<?xml version="1.0"?><a>1</a>', contentType: 'application/xml' } },
    { name: 'no content type', send: { body: form } },
    { name: 'multipart, no boundary', send: { body: form, contentType: 'multipart/form-data' } },
    {
      name: 'multipart, malformed',
      send: { body: '--XYZ\r\nContent-Disposition: form-da', contentType: 'multipart/form-data; boundary=XYZ' },
    },
    {
      name: 'multipart, wrong boundary',
      send: {
        body: '--ABC\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--ABC--\r\n',
        contentType: 'multipart/form-data; boundary=XYZ',
      },
    },
    { name: 'bad percent-encoding', send: { body: `${form}&a=%E0%A4%A&b=%`, contentType: FORM } },
    { name: 'invalid UTF-8', send: { body: `${form}&name=%ED%A0%80%FF`, contentType: FORM } },
    { name: 'a name 5 000 levels deep', send: { body: `${form}&${deep}`, contentType: FORM } },
    { name: 'a dotted name 5 000 deep', send: { body: `${form}&a${'.b'.repeat(5_000)}=1`, contentType: FORM } },
    {
      name: 'prototype names',
      send: { body: `${form}&__proto__[x]=1&constructor[prototype][x]=1`, contentType: FORM },
    },
    { name: '5 000 fields', send: { body: `${form}&${'f=1&'.repeat(5_000)}`, contentType: FORM } },
    { name: '100 000 empty fields', send: { body: 'x=&'.repeat(100_000), contentType: FORM } },
    { name: '2 MB body', send: { body: `a=${'x'.repeat(2 * 1024 * 1024)}`, contentType: FORM } },
    { name: 'empty form', send: { body: '', contentType: FORM } },
    { name: 'PUT', send: { method: 'PUT', body: form, contentType: FORM } },
    { name: 'DELETE', send: { method: 'DELETE', body: form, contentType: FORM } },
    { name: 'UTF-16 charset', send: { body: form, contentType: `${FORM}; charset=utf-16` } },
  ]
}

const FORM = 'application/x-www-form-urlencoded'

function withValue(base: [string, string][], name: string, value: string): [string, string][] {
  const kept = base.filter(([key]) => key !== name)
  return [...kept, [name, value]]
}

/** Runs tasks with at most `width` at once. */
async function pool<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const index = next++
        results[index] = await tasks[index]!()
      }
    }),
  )
  return results
}

export async function runHostileCorpus(
  origin: string,
  targets: Target[],
  { maxFieldsPerForm = 14, deadline = Date.now() + 180_000 } = {},
): Promise<HostileResult> {
  const result: HostileResult = {
    requests: 0,
    byStatus: new Map(),
    failures: [],
    healthDuringFloodMs: 0,
    floodStatus: 0,
  }
  const count = (where: string, answer: Answer | Error) => {
    result.requests++
    const status = answer instanceof Error ? 0 : answer.status
    result.byStatus.set(status, (result.byStatus.get(status) ?? 0) + 1)
    if (status === 0 || status >= 500) {
      const cause =
        answer instanceof Error ? (answer.cause as { code?: string; message?: string } | undefined) : undefined
      const why =
        answer instanceof Error
          ? `${answer.message}${cause ? ` (${cause.code ?? cause.message})` : ''}`
          : answer.text.slice(0, 120).replace(/\s+/g, ' ')
      result.failures.push(`${where} → ${status || 'no answer'}: ${why}`)
    }
  }
  const attempt = async (where: string, path: string, options: Send) => {
    if (Date.now() > deadline) return
    try {
      count(where, await send(origin, path, { method: 'POST', ...options }))
    } catch (error) {
      count(where, error instanceof Error ? error : new Error(String(error)))
    }
  }

  for (const target of targets) {
    if (Date.now() > deadline) break
    const cookie = await target.cookie()
    const page = await send(origin, target.path, { cookie })
    // The page's own forms (the header's sign-out and language forms post elsewhere).
    const forms: PageForm[] = (page.status === 200 ? formsOf(page.text) : []).filter(
      (form) => !form.action || form.action.split('?')[0] === target.path,
    )
    if (forms.length === 0) forms.push({ method: 'post', action: null, values: [], names: [], intents: [] })
    const tasks: (() => Promise<void>)[] = []
    for (const form of forms) {
      const bases =
        form.intents.length > 0 ? form.intents.map((intent) => withValue(form.values, 'intent', intent)) : [form.values]
      for (const base of bases) {
        const label = `${target.path} ${base.find(([name]) => name === 'intent')?.[1] ?? ''}`.trim()
        for (const body of bodyCases(base)) {
          tasks.push(async () =>
            attempt(`${label} [${body.name}]`, target.path, { ...body.send, cookie: await target.cookie() }),
          )
        }
        const names = form.names.filter((name) => name !== 'intent').slice(0, maxFieldsPerForm)
        for (const name of names) {
          for (const value of HOSTILE_VALUES) {
            const entries = withValue(base, name, value)
            tasks.push(async () =>
              attempt(`${label} ${name}=${JSON.stringify(value.slice(0, 24))}`, target.path, {
                body: encodeForm(entries),
                contentType: FORM,
                cookie: await target.cookie(),
              }),
            )
          }
        }
        // The same field twice, and a field the form does not have.
        tasks.push(async () =>
          attempt(`${label} [every field twice]`, target.path, {
            body: encodeForm([...base, ...base]),
            contentType: FORM,
            cookie: await target.cookie(),
          }),
        )
      }
    }
    await pool(tasks, 6)
  }

  // A 10 MB body of a million fields to the sign-in page, while someone checks /healthz.
  const flood = `${'a=&'.repeat(1_000_000)}email=x%40y.z&password=x`.slice(0, 10 * 1024 * 1024)
  const health: number[] = []
  let flooding = true
  const checker = (async () => {
    while (flooding) {
      const started = performance.now()
      try {
        await send(origin, '/healthz')
      } catch {
        // counted as slow below
      }
      health.push(performance.now() - started)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  try {
    const answer = await send(origin, '/login', { method: 'POST', body: flood, contentType: FORM })
    result.floodStatus = answer.status
    count('/login [10 MB, a million fields]', answer)
  } catch (error) {
    count('/login [10 MB, a million fields]', error instanceof Error ? error : new Error(String(error)))
  } finally {
    flooding = false
    await checker
  }
  result.healthDuringFloodMs = Math.round(Math.max(0, ...health))
  return result
}

/** Query values for list pages' filters, pages and sorting. */
const HOSTILE_QUERY_VALUES = [
  '-1',
  '0',
  '1e309',
  '99999999999999999999',
  'NaN',
  '2025-02-30',
  '+275760-09-13',
  '2025-Q9',
  '9999-Q4',
  '__proto__',
  "' OR 1=1 --",
  '\u0000\u202E',
  'ả'.repeat(2_000),
]

export type QueryResult = { requests: number; byStatus: Map<number, number>; failures: string[] }

/**
 * Every page's filters (its GET forms) and the paging and sorting parameters, each set to
 * values no form would send: a loader answers with its default or a 400, never a 500.
 */
export async function runHostileQueries(
  origin: string,
  cookie: string,
  pages: string[],
  deadline = Date.now() + 60_000,
) {
  const result: QueryResult = { requests: 0, byStatus: new Map(), failures: [] }
  const tasks: (() => Promise<void>)[] = []
  for (const page of pages) {
    const answer = await send(origin, page, { cookie })
    const names = new Set(['page', 'sort', 'dir', 'period', 'q'])
    for (const form of answer.status === 200 ? formsOf(answer.text, 'get') : []) {
      for (const name of form.names) names.add(name)
    }
    for (const name of names) {
      for (const value of HOSTILE_QUERY_VALUES) {
        const path = `${page}${page.includes('?') ? '&' : '?'}${new URLSearchParams([[name, value]]).toString()}`
        tasks.push(async () => {
          if (Date.now() > deadline) return
          let status = 0
          let why = ''
          try {
            const reply = await send(origin, path, { cookie })
            status = reply.status
            why = reply.text.slice(0, 80)
          } catch (error) {
            why = error instanceof Error ? error.message : String(error)
          }
          result.requests++
          result.byStatus.set(status, (result.byStatus.get(status) ?? 0) + 1)
          if (status === 0 || status >= 500)
            result.failures.push(`GET ${path.slice(0, 120)} → ${status || 'no answer'}: ${why}`)
        })
      }
    }
  }
  await pool(tasks, 6)
  return result
}

import { describe, expect, test } from 'vitest'
import { FORM_LIMITS, readForm } from '~/utils/read-form.server'

function post(body: BodyInit | null, contentType: string | null, locale: 'vi' | 'en' = 'vi') {
  const headers = new Headers({ Cookie: `tiendo_lang=${locale}` })
  if (contentType) headers.set('Content-Type', contentType)
  return new Request('http://localhost/login', { method: 'POST', headers, body })
}

/** The status and text of what readForm threw. */
async function refusalOf(request: Request): Promise<{ status: number; text: string; type: string | null }> {
  try {
    await readForm(request)
  } catch (error) {
    if (!(error instanceof Response)) throw error
    return { status: error.status, text: await error.text(), type: error.headers.get('Content-Type') }
  }
  throw new Error('readForm accepted the body')
}

const urlencoded = 'application/x-www-form-urlencoded'

describe('readForm reads what browsers send', () => {
  test('a urlencoded form, whatever the case and parameters of its type', async () => {
    const form = await readForm(post('email=a%40b.c&tag=1&tag=2', 'Application/X-WWW-Form-Urlencoded; charset=UTF-8'))
    expect(form.get('email')).toBe('a@b.c')
    expect(form.getAll('tag')).toEqual(['1', '2'])
  })

  test('a multipart form', async () => {
    const sent = new FormData()
    sent.append('obstacles[0].departmentIds', 'sct')
    const request = new Request('http://localhost/', { method: 'POST', body: sent })
    expect((await readForm(request)).get('obstacles[0].departmentIds')).toBe('sct')
  })

  test('up to the limits: as many fields, as long and as deep names as allowed', async () => {
    const fields = Array.from({ length: FORM_LIMITS.fields }, (_, index) => `f${index}=x`).join('&')
    expect([...(await readForm(post(fields, urlencoded))).keys()]).toHaveLength(FORM_LIMITS.fields)
    const longName = 'n'.repeat(FORM_LIMITS.nameLength)
    expect((await readForm(post(`${longName}=x`, urlencoded))).get(longName)).toBe('x')
    const deepName = `a${'[0]'.repeat(FORM_LIMITS.nameDepth - 1)}`
    expect((await readForm(post(`${encodeURIComponent(deepName)}=x`, urlencoded))).get(deepName)).toBe('x')
  })
})

describe('readForm refuses the rest with a short plain-text answer', () => {
  test.each([
    ['JSON', '{"email":"a@b.c"}', 'application/json', 415],
    ['plain text', 'email=a@b.c', 'text/plain', 415],
    ['no content type', 'email=a@b.c', null, 415],
    ['a type that only starts like a form', 'email=a@b.c', 'application/x-www-form-urlencoded-evil', 415],
    ['multipart without a boundary', 'email=a@b.c', 'multipart/form-data', 400],
    ['multipart that does not match its boundary', 'garbage', 'multipart/form-data; boundary=x', 400],
  ])('%s: %i', async (_case, body, contentType, status) => {
    const refusal = await refusalOf(post(body, contentType))
    expect(refusal.status).toBe(status)
    expect(refusal.type).toBe('text/plain; charset=utf-8')
  })

  test('too many fields: 413', async () => {
    const fields = Array.from({ length: FORM_LIMITS.fields + 1 }, (_, index) => `f${index}=x`).join('&')
    expect((await refusalOf(post(fields, urlencoded))).status).toBe(413)
    // A field sent again counts again.
    expect((await refusalOf(post('a=1&'.repeat(FORM_LIMITS.fields + 1), urlencoded))).status).toBe(413)
  })

  test.each([
    ['too long', 'n'.repeat(FORM_LIMITS.nameLength + 1)],
    ['nested too deep with brackets', `a${'[0]'.repeat(FORM_LIMITS.nameDepth)}`],
    ['nested too deep with dots', `a${'.b'.repeat(FORM_LIMITS.nameDepth)}`],
    // Conform's parse overflowed the stack here: a 500.
    ['nested thousands deep', `a${'[0]'.repeat(5000)}`],
  ])('a field name %s: 400', async (_case, name) => {
    expect((await refusalOf(post(`${encodeURIComponent(name)}=x`, urlencoded))).status).toBe(400)
  })

  test('in the reader’s language', async () => {
    expect((await refusalOf(post('{}', 'application/json'))).text).toBe(
      'Yêu cầu bị từ chối: nội dung gửi lên không phải là một biểu mẫu.\n',
    )
    expect((await refusalOf(post('{}', 'application/json', 'en'))).text).toBe(
      'Request refused: what was sent is not a form.\n',
    )
  })
})

describe("Conform's own fields (a list's add and remove buttons)", () => {
  const intent = (value: unknown) =>
    post(new URLSearchParams({ title: 'x', __intent__: JSON.stringify(value) }).toString(), urlencoded)

  test('what its buttons send is read as sent', async () => {
    for (const sent of [
      { type: 'insert', payload: { name: 'obstacles', defaultValue: { priority: 'medium' } } },
      { type: 'remove', payload: { name: 'investors', index: 2 } },
      { type: 'update', payload: { name: 'kind', value: 'coal_mine' } },
      { type: 'validate', payload: { name: 'title' } },
      { type: 'reset', payload: {} },
    ]) {
      expect((await readForm(intent(sent))).get('__intent__')).toBe(JSON.stringify(sent))
    }
  })

  test.each([
    ['text that is not JSON', '<script>alert(1)</script>'],
    ['a redirect-looking path', '/%09/evil.example'],
    ['JSON that is not an object', '[1,2]'],
  ])('%s is a 400, not a 500 in Conform’s parse', async (_case, raw) => {
    const request = post(`title=x&__intent__=${encodeURIComponent(raw)}`, urlencoded)
    expect((await refusalOf(request)).status).toBe(400)
    const state = post(`title=x&__state__=${encodeURIComponent(raw)}`, urlencoded)
    expect((await refusalOf(state)).status).toBe(400)
  })

  test.each([
    ['an unknown intent', { type: 'drop-table', payload: {} }],
    ['no payload', { type: 'remove' }],
    ['a name too deep', { type: 'insert', payload: { name: `a${'[0]'.repeat(100)}` } }],
    ['an index past the form', { type: 'remove', payload: { name: 'investors', index: 1e9 } }],
    ['a negative position', { type: 'reorder', payload: { name: 'investors', from: -1, to: 0 } }],
    [
      'a default value nested deep',
      { type: 'insert', payload: { name: 'a', defaultValue: JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) } },
    ],
  ])('%s is a 400', async (_case, sent) => {
    expect((await refusalOf(intent(sent))).status).toBe(400)
  })

  test('sent twice is a 400', async () => {
    const once = JSON.stringify({ type: 'validate', payload: { name: 'title' } })
    const body = new URLSearchParams([
      ['__intent__', once],
      ['__intent__', once],
    ]).toString()
    expect((await refusalOf(post(body, urlencoded))).status).toBe(400)
  })
})

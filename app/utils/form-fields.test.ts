import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { dayField, optionalText, requiredText, textField } from '~/utils/form-fields'

function formOf(fields: Record<string, string>) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return form
}

/** Through Conform, as the actions and the browser parse: its coercion must not get in first. */
function parse<Schema extends z.ZodType>(schema: Schema, fields: Record<string, string>) {
  return parseWithZod(formOf(fields), { schema })
}

describe('dayField through Conform', () => {
  const today = new Date('2025-08-12T00:00:00.000Z')
  const schema = z.object({
    day: dayField(),
    notAfterToday: dayField({ latest: today, tooLate: 'goals.errors.dateInFuture' }).optional(),
  })

  test('reads yyyy-mm-dd as UTC midnight', () => {
    const submission = parse(schema, { day: '2024-02-29', notAfterToday: '2025-08-12' })
    expect(submission.status).toBe('success')
    if (submission.status !== 'success') return
    expect(submission.value.day.toISOString()).toBe('2024-02-29T00:00:00.000Z')
    expect(submission.value.notAfterToday?.toISOString()).toBe('2025-08-12T00:00:00.000Z')
  })

  test.each([
    ['1', 'errors.date'],
    ['2025-02-30', 'errors.date'],
    ['2025-02-29', 'errors.date'],
    ['+275760-09-13', 'errors.date'],
    ['12/08/2025', 'errors.date'],
    ['2025-08-12T10:00:00Z', 'errors.date'],
    ['1989-12-31', 'errors.dateRange'],
    ['2101-01-01', 'errors.dateRange'],
  ])('refuses %s with %s', (text, message) => {
    expect(parse(schema, { day: text }).reply().error?.day).toEqual([message])
  })

  test('an empty required day is missing; an empty optional one is absent', () => {
    const submission = parse(schema, { day: '', notAfterToday: '' })
    expect(submission.reply().error?.day).toEqual(['errors.required'])
    expect(submission.reply().error?.notAfterToday).toBeUndefined()
  })

  test('a day after the field’s own limit gets the field’s message', () => {
    const errors = parse(schema, { day: '2025-08-12', notAfterToday: '2025-08-13' }).reply().error
    expect(errors?.notAfterToday).toEqual(['goals.errors.dateInFuture'])
    expect(parse(schema, { day: '2025-08-12', notAfterToday: '2150-01-01' }).reply().error?.notAfterToday).toEqual([
      'goals.errors.dateInFuture',
    ])
  })
})

describe('text fields through Conform', () => {
  const schema = z.object({
    name: requiredText(20),
    note: optionalText(50, { multiline: true }),
    code: textField(10)
      .regex(/^[A-Z0-9-]+$/, 'errors.codeFormat')
      .optional(),
  })

  test('clean, normalise and trim before the length and format checks', () => {
    const submission = parse(schema, {
      name: '  \u202EHa\u0300 Ra\u0301ng\u0000 ',
      note: 'Dòng 1\nDòng 2\u2066',
      code: '\uFEFFQN-01',
    })
    expect(submission.status).toBe('success')
    if (submission.status !== 'success') return
    expect(submission.value).toEqual({ name: 'Hà Ráng', note: 'Dòng 1\nDòng 2', code: 'QN-01' })
  })

  test('a required text of invisible characters only is empty', () => {
    expect(parse(schema, { name: '\u0000\u202E \uFEFF' }).reply().error?.name).toEqual(['errors.required'])
  })

  test('counts the length after cleaning', () => {
    expect(parse(schema, { name: `${'a'.repeat(20)}\u0000\u0000` }).status).toBe('success')
    expect(parse(schema, { name: 'a'.repeat(21) }).reply().error?.name).toEqual(['errors.tooLong:20'])
  })
})

describe('optionalText', () => {
  test('is absent when nothing visible is left, as an empty box is', () => {
    const schema = z.object({ nameEn: optionalText(20) })
    for (const typed of ['   ', '\u0000', '\uFEFF\u202E']) {
      const submission = parse(schema, { nameEn: typed })
      expect(submission.status).toBe('success')
      if (submission.status === 'success') expect(submission.value.nameEn).toBeUndefined()
    }
  })
})

import { renderToString } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, test } from 'vitest'
import { StaleEditPanel, VersionField } from '~/components/edit-conflict'
import { createI18n } from '~/utils/i18n'
import { type Locale } from '~/utils/locale'

const differences = [
  { field: 'nameEn', label: 'Tên tiếng Anh', mine: 'Quang Ninh DOIT', current: 'Department of Industry' },
  { field: 'contact', label: 'Liên hệ', mine: '', current: 'Kim' },
]

function render(locale: Locale, node: React.ReactNode) {
  return renderToString(<I18nextProvider i18n={createI18n(locale)}>{node}</I18nextProvider>).replace(/<!-- -->/g, '')
}

/** The table's cells, row by row, as text. */
function rows(html: string) {
  return [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => (cell[1] ?? '').replace(/<[^>]+>/g, '')),
  )
}

describe('the panel of a refused save', () => {
  test('shows each field with the value typed beside the saved one, under its title, in Vietnamese', () => {
    const html = render('vi', <StaleEditPanel title="Cơ quan vừa được người khác sửa" differences={differences} />)
    expect(html).toContain('Cơ quan vừa được người khác sửa')
    expect(html).toContain('Biểu mẫu vẫn giữ giá trị bạn đã nhập')
    expect(rows(html)).toEqual([
      ['Thông tin', 'Giá trị của bạn', 'Giá trị hiện tại'],
      ['Tên tiếng Anh', 'Quang Ninh DOIT', 'Department of Industry'],
      ['Liên hệ', '(để trống)', 'Kim'],
    ])
  })

  test('reads in English for an English reader', () => {
    const html = render(
      'en',
      <StaleEditPanel title="Someone else has just changed this investor" differences={differences} />,
    )
    expect(rows(html)[0]).toEqual(['Field', 'Your value', 'Current value'])
    expect(rows(html)[2]).toEqual(['Liên hệ', '(empty)', 'Kim'])
    expect(html).toContain('The form keeps what you typed')
  })

  test('is a region named by its heading, so it can be found and is announced', () => {
    const html = render('vi', <StaleEditPanel title="Tiêu đề" differences={differences} />)
    const labelledBy = /<section aria-labelledby="([^"]+)"/.exec(html)?.[1]
    expect(labelledBy).toBeTruthy()
    expect(html).toContain(`<h2 id="${labelledBy}"`)
  })
})

describe('the version a form carries', () => {
  test('is the one it was opened on, until a refused save answers with the version saved now', () => {
    expect(render('vi', <VersionField version={1} />)).toContain('name="version" value="1"')
    const answered = { status: 'error' as const, initialValue: { name: 'x', version: '3' } }
    expect(render('vi', <VersionField version={1} lastResult={answered} />)).toContain('name="version" value="3"')
  })
})

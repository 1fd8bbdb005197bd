import i18next, { type i18n as I18n } from 'i18next'
import { renderToString } from 'react-dom/server'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { describe, expect, test } from 'vitest'
import { en } from '~/locales/en'
import { vi } from '~/locales/vi'
import { serverT } from '~/utils/i18n'
import { useTranslation } from '~/utils/translation'

function makeI18n(): I18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    lng: 'vi',
    fallbackLng: false,
    resources: {
      vi: {
        translation: {
          greeting: 'Xin chào',
          projects_other: '{{count}} dự án',
          named: 'Chào {{name}}',
          pair: '{{a}}/{{b}}',
        },
      },
      en: {
        translation: { greeting: 'Hello', projects_one: '{{count}} project', projects_other: '{{count}} projects' },
      },
    },
    initAsync: false,
    interpolation: { escapeValue: false },
  })
  return instance
}

function Texts({ count, name }: { count: number; name: string }) {
  const { t } = useTranslation()
  return (
    <p>
      {t('greeting')}|{t('projects', { count })}|{t('named', { name })}
    </p>
  )
}

function render(i18n: I18n, count = 1, name = 'Lan') {
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <Texts count={count} name={name} />
    </I18nextProvider>,
  ).replace(/<!-- -->/g, '')
}

describe('useTranslation', () => {
  test('translates plain keys, plurals and interpolation in the instance’s language', () => {
    const i18n = makeI18n()
    expect(render(i18n, 3, 'Lan')).toBe('<p>Xin chào|3 dự án|Chào Lan</p>')
    // The same calls again, answered from memory, and different options are not confused.
    expect(render(i18n, 3, 'Lan')).toBe('<p>Xin chào|3 dự án|Chào Lan</p>')
    expect(render(i18n, 7, 'Minh')).toBe('<p>Xin chào|7 dự án|Chào Minh</p>')
  })

  test('follows a change of language', async () => {
    const i18n = makeI18n()
    expect(render(i18n, 1)).toContain('Xin chào|1 dự án')
    await i18n.changeLanguage('en')
    expect(render(i18n, 1)).toContain('Hello|1 project')
    expect(render(i18n, 2)).toContain('Hello|2 projects')
  })

  test('forgets what it remembered when a dictionary changes', () => {
    const i18n = makeI18n()
    expect(render(i18n)).toContain('Xin chào')
    i18n.addResourceBundle('vi', 'translation', { greeting: 'Kính chào' }, true, true)
    expect(render(i18n)).toContain('Kính chào')
    i18n.removeResourceBundle('vi', 'translation')
    expect(render(i18n)).toContain('greeting')
  })

  test('never mistakes one set of options for another', () => {
    const i18n = makeI18n()
    const options: Record<string, unknown>[] = [
      { a: 'x', b: 'y' },
      { a: 'x\u0000b\u0001sy' },
      { a: 'x\u0001sy' },
      { a: 1, b: 2 },
      { a: '1', b: '2' },
      { a: null, b: undefined },
      { a: 'null', b: 'undefined' },
      { a: true },
      { a: 'true' },
    ]
    function Pairs() {
      const { t } = useTranslation()
      return <p>{options.map((option) => t('pair', option)).join('|')}</p>
    }
    const expected = options.map((option) => i18n.t('pair', option)).join('|')
    const renderPairs = () =>
      renderToString(
        <I18nextProvider i18n={i18n}>
          <Pairs />
        </I18nextProvider>,
      )
    // Twice: the second time every remembered answer is read back.
    expect(renderPairs()).toBe(renderToString(<p>{expected}</p>))
    expect(renderPairs()).toBe(renderToString(<p>{expected}</p>))
  })
})

describe('serverT', () => {
  test('a loader’s translator speaks the reader’s language from the app’s dictionaries, never crossing them', () => {
    // Asked twice: the second answer comes from memory.
    for (let round = 0; round < 2; round++) {
      expect(serverT('vi')('nav.projects')).toBe(vi.nav.projects)
      expect(serverT('en')('nav.projects')).toBe(en.nav.projects)
      expect(serverT('en')('progress.atRisk.obstaclesLate', { count: 1 })).toBe('1 overdue obstacle')
      expect(serverT('en')('progress.atRisk.obstaclesLate', { count: 2 })).toBe('2 overdue obstacles')
      expect(serverT('vi')('progress.atRisk.moreMilestones', { count: 2 })).toBe('và 2 mốc khác')
    }
  })

  test('counts in sentences are written the reader’s way, thousands grouped', () => {
    expect(serverT('vi')('projectList.count', { count: 10_000 })).toBe('Tìm thấy 10.000 dự án')
    expect(serverT('en')('projectList.count', { count: 10_000 })).toBe('10,000 projects found')
    expect(serverT('en')('projectList.count', { count: 1 })).toBe('1 project found')
    expect(serverT('vi')('progress.atRisk.stale', { days: 4316, date: '30/01/2015' })).toBe(
      '4.316 ngày không đổi trạng thái (lần gần nhất 30/01/2015)',
    )
  })

  test('past its limit the memory starts again, and every answer stays right', () => {
    const t = serverT('en')
    for (let round = 0; round < 2; round++) {
      for (let count = 0; count < 6_000; count++) {
        const text = t('projectList.count', { count })
        if (text !== `${count.toLocaleString('en')} project${count === 1 ? '' : 's'} found`) throw new Error(text)
      }
    }
    expect(t('projectList.count', { count: 5_999 })).toBe('5,999 projects found')
  })
})

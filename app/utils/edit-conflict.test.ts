import { describe, expect, test } from 'vitest'
import { differingFields, replyOnVersion } from '~/utils/edit-conflict'

describe('the fields a refused save shows', () => {
  test('are those whose words differ, in the order given; spaces around and CRLF line ends do not count', () => {
    expect(
      differingFields([
        { field: 'code', label: 'Mã', mine: ' SCT ', current: 'SCT' },
        { field: 'contact', label: 'Liên hệ', mine: 'Kim\r\n+82', current: 'Kim\n+82' },
        { field: 'nameEn', label: 'Tên tiếng Anh', mine: 'Quang Ninh DOIT', current: 'Department of Industry' },
        { field: 'nameVi', label: 'Tên tiếng Việt', mine: '', current: 'Sở Công Thương' },
      ]),
    ).toEqual([
      { field: 'nameEn', label: 'Tên tiếng Anh', mine: 'Quang Ninh DOIT', current: 'Department of Industry' },
      { field: 'nameVi', label: 'Tên tiếng Việt', mine: '', current: 'Sở Công Thương' },
    ])
  })

  test('follow the stored values when told: equal words may hide different values, and the reverse', () => {
    expect(
      differingFields([
        { field: 'target', label: 'Mục tiêu', mine: '200 triệu USD', current: '200 triệu USD', differs: true },
        { field: 'departmentIds', label: 'Cơ quan', mine: 'A, B', current: 'B, A', differs: false },
      ]).map((row) => row.field),
    ).toEqual(['target'])
  })
})

test('a refused reply keeps what was typed and stands on the version saved now', () => {
  const reply = { status: 'error' as const, initialValue: { name: 'Tên của tôi', version: '1' } }
  expect(replyOnVersion(reply, 3)).toEqual({ status: 'error', initialValue: { name: 'Tên của tôi', version: '3' } })
  expect(replyOnVersion({ initialValue: null }, 2).initialValue).toEqual({ version: '2' })
})

import { describe, expect, test } from 'vitest'
import { type DescribableAuditRow, describeAuditEntry, inSentence } from '~/models/audit-describe'
import { createI18n } from '~/utils/i18n'
import { type Locale } from '~/utils/locale'

const lookups = {
  units: {
    u1: { name: 'Hà Lầm', kind: 'ward' },
    u2: { name: 'Cẩm Phả', kind: 'ward' },
  },
  departments: {
    d1: { code: 'SCT', nameVi: 'Sở Công Thương', nameEn: 'Department of Industry and Trade' },
    d2: { code: 'BQLKKT', nameVi: 'Ban Quản lý khu kinh tế', nameEn: 'Economic Zone Authority' },
  },
}

function row(overrides: Partial<DescribableAuditRow>): DescribableAuditRow {
  return {
    action: 'update',
    entityType: 'project',
    userName: 'Nguyễn Văn A',
    changes: null,
    detail: null,
    ...overrides,
  }
}

function describeIn(locale: Locale, overrides: Partial<DescribableAuditRow>) {
  return describeAuditEntry(row(overrides), { t: createI18n(locale).t, locale, lookups })
}

const changes = (value: Record<string, [unknown, unknown]>) => JSON.stringify(value)

describe('changed fields, one sentence each', () => {
  test('money in tỷ đồng, exactly as stored', () => {
    const stored = changes({ registeredCapitalVnd: ['1200000000000', '1500000000000'] })
    expect(describeIn('vi', { changes: stored })).toEqual([
      'Nguyễn Văn A đã đổi vốn đăng ký từ 1.200 tỷ đồng thành 1.500 tỷ đồng',
    ])
    expect(describeIn('en', { changes: stored })).toEqual([
      'Nguyễn Văn A changed registered capital from VND 1,200 billion to VND 1,500 billion',
    ])
  })

  test('several fields give several sentences, in the stored order', () => {
    const sentences = describeIn('vi', {
      changes: changes({
        name: ['Mỏ cũ', 'Mỏ mới'],
        disbursedCapitalVnd: [null, '350000000000'],
        areaHa: [100, 120.5],
      }),
    })
    expect(sentences).toEqual([
      'Nguyễn Văn A đã đổi tên dự án (tiếng Việt) từ “Mỏ cũ” thành “Mỏ mới”',
      'Nguyễn Văn A đã đổi vốn đã giải ngân từ (trống) thành 350 tỷ đồng',
      'Nguyễn Văn A đã đổi diện tích từ 100 ha thành 120,5 ha',
    ])
  })

  test('calendar dates, including milestone dates, read as dd/mm/yyyy', () => {
    const stored = changes({
      ircDate: ['2025-07-01T00:00:00.000Z', '2025-08-12T00:00:00.000Z'],
      'milestone.construction_start.planned': [null, '2025-09-30T00:00:00.000Z'],
    })
    expect(describeIn('vi', { changes: stored })).toEqual([
      'Nguyễn Văn A đã đổi ngày cấp GCN đăng ký đầu tư từ 01/07/2025 thành 12/08/2025',
      'Nguyễn Văn A đã đổi ngày kế hoạch của mốc “Khởi công” từ (trống) thành 30/09/2025',
    ])
    expect(describeIn('en', { changes: stored })).toEqual([
      'Nguyễn Văn A changed IRC date from 01/07/2025 to 12/08/2025',
      'Nguyễn Văn A changed planned date of “Construction start” from (empty) to 30/09/2025',
    ])
  })

  test('codes read as their labels; places and departments by name', () => {
    const stored = changes({
      kind: ['coal_mine', 'wind_power'],
      investmentType: ['domestic', 'fdi'],
      unitId: ['u1', 'u2'],
      departmentId: ['d1', 'd2'],
    })
    expect(describeIn('vi', { changes: stored })).toEqual([
      'Nguyễn Văn A đã đổi loại dự án từ Mỏ than lộ thiên thành Điện gió',
      'Nguyễn Văn A đã đổi nguồn vốn từ Trong nước thành FDI',
      'Nguyễn Văn A đã đổi xã, phường, đặc khu từ Phường Hà Lầm thành Phường Cẩm Phả',
      'Nguyễn Văn A đã đổi cơ quan theo dõi từ Sở Công Thương thành Ban Quản lý khu kinh tế',
    ])
    expect(describeIn('en', { changes: stored })[3]).toBe(
      'Nguyễn Văn A changed responsible department from Department of Industry and Trade to Economic Zone Authority',
    )
  })

  test('investors as a readable list', () => {
    const stored = changes({
      investors: [
        [],
        [
          { name: 'Công ty CP Than Hà Lầm', country: 'VN', role: 'lead', share: 5125 },
          { name: 'B.Grimm Power', country: 'TH', role: 'partner', share: null },
        ],
      ],
    })
    expect(describeIn('vi', { changes: stored })).toEqual([
      'Nguyễn Văn A đã đổi danh sách nhà đầu tư từ (trống) thành Công ty CP Than Hà Lầm (Việt Nam, nhà đầu tư chính, 51,25 %); B.Grimm Power (Thái Lan, nhà đầu tư liên danh)',
    ])
  })

  test('empty values in both languages, and an unknown id or code shown as it is', () => {
    const stored = changes({ description: ['Mô tả cũ', ''], unitId: [null, 'gone'], kind: ['coal_mine', 'spaceport'] })
    expect(describeIn('en', { changes: stored })).toEqual([
      'Nguyễn Văn A changed description from “Mô tả cũ” to (empty)',
      'Nguyễn Văn A changed commune, ward or special zone from (empty) to gone',
      'Nguyễn Văn A changed project kind from Open-pit coal mine to spaceport',
    ])
  })

  test('an edit that changed nothing still says so', () => {
    expect(describeIn('vi', { changes: '{}' })).toEqual(['Nguyễn Văn A đã lưu dự án mà không thay đổi gì'])
  })
})

describe('events', () => {
  test('creation, deletion and restoration', () => {
    const created = changes({ code: [null, 'QN-1'], registeredCapitalVnd: [null, '1000000000'] })
    expect(describeIn('vi', { action: 'create', changes: created })).toEqual(['Nguyễn Văn A đã tạo dự án'])
    expect(describeIn('en', { action: 'create', changes: created })).toEqual(['Nguyễn Văn A created the project'])
    expect(describeIn('vi', { action: 'delete' })).toEqual(['Nguyễn Văn A đã xoá dự án'])
    expect(describeIn('vi', { action: 'restore' })).toEqual(['Nguyễn Văn A đã khôi phục dự án'])
  })

  test('a status change with its effective date, reason and note', () => {
    const entry = {
      action: 'status_change',
      changes: changes({ status: ['irc_issued', 'suspended'] }),
      detail: JSON.stringify({
        effectiveDate: '2025-07-01T00:00:00.000Z',
        reason: 'Chờ điều chỉnh quy hoạch',
        note: null,
      }),
    }
    expect(describeIn('vi', entry)).toEqual([
      'Nguyễn Văn A đã chuyển trạng thái từ Đã cấp GCNĐKĐT sang Tạm dừng (hiệu lực 01/07/2025; lý do: Chờ điều chỉnh quy hoạch)',
    ])
    expect(describeIn('en', entry)[0]).toMatch(
      /^Nguyễn Văn A moved the status from .+ to .+ \(effective 01\/07\/2025; reason: /,
    )
  })

  test('sign-in events and refusals', () => {
    expect(describeIn('vi', { action: 'sign_in', entityType: 'user' })).toEqual(['Nguyễn Văn A đã đăng nhập'])
    expect(describeIn('en', { action: 'sign_out', entityType: 'user' })).toEqual(['Nguyễn Văn A signed out'])
    expect(
      describeIn('vi', {
        action: 'sign_in_failed',
        entityType: 'user',
        userName: null,
        detail: JSON.stringify({ email: 'ai@example.vn', reason: 'unknown' }),
      }),
    ).toEqual(['Người dùng không xác định đăng nhập không thành công với ai@example.vn (không có tài khoản này)'])
    expect(
      describeIn('vi', {
        action: 'access_denied',
        entityType: null,
        detail: JSON.stringify({ permission: 'update:project', method: 'POST', path: '/projects/abc/edit' }),
      }),
    ).toEqual(['Nguyễn Văn A bị từ chối: update:project trên POST /projects/abc/edit'])
  })

  test('other records: a department rename, a new exchange rate', () => {
    expect(
      describeIn('en', {
        entityType: 'department',
        changes: changes({ nameEn: ['Dept of Trade', 'Department of Trade'] }),
      }),
    ).toEqual(['Nguyễn Văn A changed English name from “Dept of Trade” to “Department of Trade”'])
    expect(describeIn('vi', { entityType: 'exchange_rate', changes: changes({ vndPerUsd: [25000, 26100] }) })).toEqual([
      'Nguyễn Văn A đã đổi số đồng cho 1 USD từ 25.000 thành 26.100',
    ])
  })

  test('an action this version does not know still reads, with its changes', () => {
    expect(
      describeIn('vi', {
        action: 'archive',
        entityType: 'user',
        changes: changes({ role: ['editor', 'viewer'] }),
      }),
    ).toEqual([
      'Nguyễn Văn A: archive (tài khoản)',
      'Nguyễn Văn A đã đổi vai trò từ Cán bộ cập nhật thành Lãnh đạo, theo dõi',
    ])
  })

  test('account actions read with their own words', () => {
    expect(describeIn('vi', { action: 'disable', entityType: 'user' })[0]).toBe(
      'Nguyễn Văn A: Vô hiệu hoá tài khoản (tài khoản)',
    )
    expect(describeIn('en', { action: 'end_sessions', entityType: 'user' })[0]).toMatch(/Sessions ended/)
  })

  test('malformed JSON never throws', () => {
    expect(describeIn('vi', { changes: '{not json', detail: '[' })).toEqual([
      'Nguyễn Văn A đã lưu dự án mà không thay đổi gì',
    ])
  })
})

test('labels read mid-sentence keep abbreviations', () => {
  expect(inSentence('Vốn đăng ký')).toBe('vốn đăng ký')
  expect(inSentence('IRC date')).toBe('IRC date')
  expect(inSentence('Đ')).toBe('Đ')
})

import { describe, expect, test } from 'vitest'
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  type DescribableAuditRow,
  auditRowDepartmentIds,
  auditRowProjectId,
  auditRowProjectIds,
  describeAuditEntry,
} from '~/features/audit/audit-describe'
import { inSentence } from '~/features/audit/audit-wording'
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
  projects: {
    p1: { code: 'KCN-SK', name: 'Khu công nghiệp Sông Khoai' },
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

describe('goals, statistics, project events, obstacles and meetings', () => {
  test('a goal edit names its fields and reads its codes, period and phasing', () => {
    const entry = {
      entityType: 'goal',
      changes: changes({
        target: [200000000, 250000000],
        metric: ['fdi_attracted_usd', 'registered_capital_vnd'],
        direction: ['at_least', 'at_most'],
        periodKey: ['2025-Q3', '2025-M7'],
        scopeType: ['province', 'project'],
        scopeValue: [null, 'p1'],
        monthlyPhasing: ['[0.1,0.3,1]', null],
        departmentId: ['d1', 'd2'],
      }),
    }
    expect(describeIn('vi', entry)).toEqual([
      'Nguyễn Văn A đã đổi mục tiêu từ 200.000.000 thành 250.000.000',
      'Nguyễn Văn A đã đổi cách đo từ Vốn FDI thu hút (USD) thành Vốn đầu tư đăng ký mới và tăng thêm (đồng)',
      'Nguyễn Văn A đã đổi yêu cầu từ Tối thiểu (đạt từ mức này trở lên) thành Tối đa (không vượt quá mức này)',
      'Nguyễn Văn A đã đổi kỳ từ Quý III/2025 thành 7 tháng năm 2025',
      'Nguyễn Văn A đã đổi phạm vi từ Toàn tỉnh thành Một khu, cụm công nghiệp hoặc dự án',
      'Nguyễn Văn A đã đổi ngành, loại dự án hoặc khu, cụm công nghiệp của phạm vi từ (trống) thành KCN-SK · Khu công nghiệp Sông Khoai',
      'Nguyễn Văn A đã đổi phân kỳ theo tháng từ 10 %; 30 %; 100 % thành (trống)',
      'Nguyễn Văn A đã đổi cơ quan phụ trách từ Sở Công Thương thành Ban Quản lý khu kinh tế',
    ])
    expect(describeIn('en', entry).slice(0, 4)).toEqual([
      'Nguyễn Văn A changed target from 200,000,000 to 250,000,000',
      'Nguyễn Văn A changed measure from FDI attracted (USD) to New and added registered capital (VND)',
      'Nguyễn Văn A changed requirement from At least (reach this level or more) to At most (do not exceed this level)',
      'Nguyễn Văn A changed period from Q3 2025 to First 7 months of 2025',
    ])
  })

  test('a new goal or indicator is named; a deleted goal is a goal', () => {
    const goal = { action: 'create', entityType: 'goal', changes: changes({ title: [null, 'Thu hút FDI quý III'] }) }
    expect(describeIn('vi', goal)).toEqual(['Nguyễn Văn A đã tạo chỉ tiêu “Thu hút FDI quý III”'])
    expect(describeIn('en', goal)).toEqual(['Nguyễn Văn A created the goal “Thu hút FDI quý III”'])
    expect(
      describeIn('en', {
        action: 'create',
        entityType: 'indicator',
        changes: changes({ code: [null, 'iip'], nameVi: [null, 'Chỉ số IIP'], nameEn: [null, 'IIP growth'] }),
      }),
    ).toEqual(['Nguyễn Văn A created the statistical indicator “IIP growth”'])
    expect(describeIn('vi', { action: 'delete', entityType: 'goal' })).toEqual(['Nguyễn Văn A đã xoá chỉ tiêu'])
  })

  test('a statistic entered, and a correction with the figure it replaced', () => {
    const figure = {
      action: 'create',
      entityType: 'statistic_entry',
      changes: changes({
        indicatorId: [null, 'i1'],
        periodKey: [null, '2025-M7'],
        value: [null, 24.95],
        referenceDate: [null, '2025-08-05T00:00:00.000Z'],
        sourceTitle: [null, 'Báo cáo tháng 7'],
      }),
    }
    expect(describeIn('vi', figure)).toEqual([
      'Nguyễn Văn A đã nhập số liệu thống kê 7 tháng năm 2025: 24,95 (số liệu ngày 05/08/2025; nguồn: Báo cáo tháng 7)',
    ])
    expect(describeIn('en', { ...figure, detail: JSON.stringify({ supersedes: 'e0', previousValue: 24.5 }) })).toEqual([
      'Nguyễn Văn A corrected a statistic for first 7 months of 2025 from 24.5 to 24.95 (figure of 05/08/2025; source: Báo cáo tháng 7)',
    ])
  })

  test('a disbursement, a capital decrease and a site handover, with what moved on the project', () => {
    const disbursement = {
      action: 'create',
      entityType: 'disbursement',
      changes: changes({
        projectId: [null, 'p1'],
        date: [null, '2025-07-01T00:00:00.000Z'],
        amountVnd: [null, '25000000000'],
        note: [null, 'Đợt 1'],
      }),
    }
    expect(describeIn('vi', disbursement)).toEqual([
      'Nguyễn Văn A đã ghi giải ngân 25 tỷ đồng ngày 01/07/2025 (ghi chú: Đợt 1)',
    ])
    expect(describeIn('en', disbursement)).toEqual([
      'Nguyễn Văn A recorded a disbursement of VND 25 billion on 01/07/2025 (note: Đợt 1)',
    ])
    expect(
      describeIn('vi', {
        action: 'create',
        entityType: 'capital_change',
        changes: changes({
          date: [null, '2025-07-01T00:00:00.000Z'],
          amountVnd: [null, '-50000000000'],
          documentNumber: [null, 'GCN-2'],
        }),
      }),
    ).toEqual(['Nguyễn Văn A đã ghi điều chỉnh giảm vốn đăng ký 50 tỷ đồng ngày 01/07/2025 (văn bản: GCN-2)'])
    expect(
      describeIn('en', {
        action: 'create',
        entityType: 'clearance_handover',
        changes: changes({ date: [null, '2025-07-01T00:00:00.000Z'], hectares: [null, 12.5] }),
      }),
    ).toEqual(['Nguyễn Văn A recorded a site handover of 12.5 ha on 01/07/2025'])
    // The project's own row, on its History tab, says which event moved the total.
    const onProject = {
      changes: changes({ disbursedCapitalVnd: ['100000000000', '125000000000'] }),
      detail: JSON.stringify({ event: 'disbursement', eventId: 'e1', date: '2025-07-01T00:00:00.000Z' }),
    }
    expect(describeIn('vi', onProject)).toEqual([
      'Nguyễn Văn A đã đổi vốn đã giải ngân từ 100 tỷ đồng thành 125 tỷ đồng (theo lần giải ngân ngày 01/07/2025)',
    ])
    expect(describeIn('en', onProject)).toEqual([
      'Nguyễn Văn A changed disbursed capital from VND 100 billion to VND 125 billion (with the disbursement of 01/07/2025)',
    ])
  })

  test('a milestone’s likelihood, none reading as not assessed', () => {
    const entry = { changes: changes({ 'milestone.construction_start.likelihood': [null, 'high'] }) }
    expect(describeIn('vi', entry)).toEqual([
      'Nguyễn Văn A đã đổi khả năng đạt mốc “Khởi công” từ Chưa đánh giá thành Cao',
    ])
    expect(describeIn('en', entry)).toEqual([
      'Nguyễn Văn A changed likelihood of “Construction start” from Not assessed to High',
    ])
  })

  test('an obstacle resolved, closed, or moved on with a note, in the obstacle’s own statuses', () => {
    const resolved = {
      action: 'status_change',
      entityType: 'obstacle',
      changes: changes({ status: ['in_progress', 'resolved'], resolutionNote: [null, 'Đã bàn giao đủ 12 ha'] }),
    }
    expect(describeIn('vi', resolved)).toEqual([
      'Nguyễn Văn A đã chuyển trạng thái từ Đang xử lý sang Đã giải quyết (cách giải quyết: Đã bàn giao đủ 12 ha)',
    ])
    expect(describeIn('en', resolved)).toEqual([
      'Nguyễn Văn A moved the status from In progress to Resolved (resolution: Đã bàn giao đủ 12 ha)',
    ])
    expect(
      describeIn('vi', {
        action: 'status_change',
        entityType: 'obstacle',
        changes: changes({ status: ['open', 'closed'], closedReason: [null, 'Trùng với OBS-0003'] }),
      }),
    ).toEqual(['Nguyễn Văn A đã chuyển trạng thái từ Mới sang Đóng, không xử lý được (lý do: Trùng với OBS-0003)'])
    expect(
      describeIn('vi', {
        action: 'status_change',
        entityType: 'obstacle',
        changes: changes({ status: ['in_progress', 'escalated'] }),
        detail: JSON.stringify({ note: 'Vượt thẩm quyền của Sở' }),
      }),
    ).toEqual([
      'Nguyễn Văn A đã chuyển trạng thái từ Đang xử lý sang Trình UBND tỉnh (ghi chú: Vượt thẩm quyền của Sở)',
    ])
  })

  test('a measure taken on an obstacle', () => {
    const entry = {
      action: 'add_measure',
      entityType: 'obstacle',
      detail: JSON.stringify({
        measureId: 'm1',
        date: '2025-08-12T00:00:00.000Z',
        departmentId: 'd1',
        description: 'Làm việc với nhà đầu tư về phương án bồi thường',
        documentRef: '1234/SCT-QLCN',
      }),
    }
    expect(describeIn('vi', entry)).toEqual([
      'Nguyễn Văn A đã ghi biện pháp xử lý ngày 12/08/2025: “Làm việc với nhà đầu tư về phương án bồi thường” (cơ quan thực hiện: Sở Công Thương; văn bản: 1234/SCT-QLCN)',
    ])
    expect(describeIn('en', entry)).toEqual([
      'Nguyễn Văn A recorded a measure taken on 12/08/2025: “Làm việc với nhà đầu tư về phương án bồi thường” (by Department of Industry and Trade; document: 1234/SCT-QLCN)',
    ])
  })

  test('an obstacle recorded, and edited', () => {
    expect(
      describeIn('vi', {
        action: 'create',
        entityType: 'obstacle',
        changes: changes({
          projectId: [null, 'p1'],
          title: [null, 'Chậm bàn giao mặt bằng'],
          deadline: [null, '2025-09-30T00:00:00.000Z'],
        }),
        detail: JSON.stringify({ meetingId: 'mt1' }),
      }),
    ).toEqual([
      'Nguyễn Văn A đã ghi nhận vướng mắc “Chậm bàn giao mặt bằng” nêu tại cuộc họp đối thoại (hạn xử lý 30/09/2025)',
    ])
    expect(
      describeIn('vi', {
        entityType: 'obstacle',
        changes: changes({
          priority: ['low', 'high'],
          category: ['land', 'capital'],
          departmentIds: ['d1', 'd1,d2'],
          projectId: ['p1', 'gone'],
        }),
      }),
    ).toEqual([
      'Nguyễn Văn A đã đổi mức ưu tiên từ Thấp thành Cao',
      'Nguyễn Văn A đã đổi lĩnh vực từ Đất đai, giải phóng mặt bằng thành Vốn',
      'Nguyễn Văn A đã đổi cơ quan chịu trách nhiệm từ Sở Công Thương thành Sở Công Thương, Ban Quản lý khu kinh tế',
      'Nguyễn Văn A đã đổi dự án từ KCN-SK · Khu công nghiệp Sông Khoai thành gone',
    ])
  })

  test('a dialogue meeting recorded', () => {
    const entry = {
      action: 'create',
      entityType: 'meeting',
      detail: JSON.stringify({
        date: '2025-08-12T00:00:00.000Z',
        place: 'Hội trường UBND tỉnh',
        chair: 'Sở Công Thương',
        projects: 3,
      }),
    }
    expect(describeIn('vi', entry)).toEqual([
      'Nguyễn Văn A đã ghi nhận cuộc họp đối thoại ngày 12/08/2025 tại Hội trường UBND tỉnh, chủ trì: Sở Công Thương (3 dự án tham dự)',
    ])
    expect(describeIn('en', entry)).toEqual([
      'Nguyễn Văn A recorded the dialogue meeting of 12/08/2025 at Hội trường UBND tỉnh, chaired by Sở Công Thương (3 projects present)',
    ])
  })

  test('an entry voided or corrected, with what it was, what changed and why (docs/decisions/013)', () => {
    const voided = {
      action: 'void',
      entityType: 'project',
      changes: changes({ disbursedCapitalVnd: ['150000000000', '100000000000'] }),
      detail: JSON.stringify({
        projectId: 'p1',
        event: 'disbursement',
        eventId: 'e1',
        date: '2025-08-05T00:00:00.000Z',
        amountVnd: '50000000000',
        note: null,
        reason: 'Nhập trùng',
      }),
    }
    expect(describeIn('vi', voided)).toEqual([
      'Nguyễn Văn A đã hủy bỏ khoản giải ngân 50 tỷ đồng ngày 05/08/2025 (lý do: Nhập trùng)',
      'Nguyễn Văn A đã đổi vốn đã giải ngân từ 150 tỷ đồng thành 100 tỷ đồng',
    ])
    expect(describeIn('en', voided)[0]).toBe(
      'Nguyễn Văn A voided the disbursement of VND 50 billion dated 05/08/2025 (reason: Nhập trùng)',
    )
    // The entry's own row tells the same, without the project's total.
    expect(describeIn('vi', { ...voided, entityType: 'disbursement', changes: null })).toHaveLength(1)

    const corrected = {
      action: 'correct',
      entityType: 'clearance_handover',
      changes: changes({ hectares: [42.5, 4.25] }),
      detail: JSON.stringify({
        projectId: 'p1',
        event: 'clearance_handover',
        date: '2025-07-20T00:00:00.000Z',
        hectares: 42.5,
        reason: 'Sai dấu phẩy',
        correctionId: 'e2',
        corrected: { hectares: [42.5, 4.25] },
      }),
    }
    expect(describeIn('vi', corrected)).toEqual([
      'Nguyễn Văn A đã sửa lần bàn giao mặt bằng ngày 20/07/2025 (diện tích từ 42,5 ha thành 4,25 ha; lý do: Sai dấu phẩy)',
    ])
    const rate = {
      action: 'void',
      entityType: 'exchange_rate',
      detail: JSON.stringify({ date: '2025-08-05T00:00:00.000Z', vndPerUsd: 20000, reason: 'Sai' }),
    }
    expect(describeIn('vi', rate)).toEqual([
      'Nguyễn Văn A đã hủy bỏ tỷ giá 20.000 đồng/USD ngày 05/08/2025 (lý do: Sai)',
    ])
    // The admin page links the entry's row to its project, named in the detail.
    expect(auditRowProjectId(row(corrected))).toBe('p1')
    expect(auditRowProjectIds(row(corrected))).toEqual(['p1'])
  })

  test('every record type and action the app writes has its words in both languages', () => {
    for (const locale of ['vi', 'en'] as const) {
      const { t, exists } = createI18n(locale)
      for (const type of AUDIT_ENTITY_TYPES) {
        expect(exists(`history.entity.${type}`), `${locale} history.entity.${type}`).toBe(true)
        expect(exists(`history.entityType.${type}`), `${locale} history.entityType.${type}`).toBe(true)
      }
      for (const action of AUDIT_ACTIONS) {
        expect(t(`history.actions.${action}`, { defaultValue: '' }), `${locale} history.actions.${action}`).not.toBe('')
      }
    }
  })

  test('the projects and departments a row names, for the page to look up', () => {
    const obstacle = row({
      entityType: 'obstacle',
      changes: changes({ projectId: ['p1', 'p2'], departmentIds: ['d1', 'd1,d2'] }),
    })
    expect(auditRowProjectId(obstacle)).toBe('p2')
    expect(auditRowProjectIds(obstacle)).toEqual(['p1', 'p2'])
    expect(auditRowDepartmentIds(obstacle)).toEqual(['d1', 'd2'])
    expect(
      auditRowDepartmentIds(row({ action: 'add_measure', detail: JSON.stringify({ departmentId: 'd3' }) })),
    ).toEqual(['d3'])
    // A goal's scope names a project by id, never a sector or a kind.
    expect(auditRowProjectIds(row({ entityType: 'goal', changes: changes({ scopeValue: ['mining', 'p1'] }) }))).toEqual(
      ['p1'],
    )
    expect(auditRowProjectId(row({ changes: changes({ name: ['a', 'b'] }) }))).toBeNull()
  })
})

test('labels read mid-sentence keep abbreviations', () => {
  expect(inSentence('Vốn đăng ký')).toBe('vốn đăng ký')
  expect(inSentence('IRC date')).toBe('IRC date')
  expect(inSentence('Đ')).toBe('Đ')
})

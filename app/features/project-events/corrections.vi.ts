/**
 * Vietnamese strings of correcting and voiding recorded entries (docs/decisions/013): a
 * project's capital adjustments, disbursements and land handovers, and exchange rates.
 * Merged into vi.ts under "corrections".
 */
export const correctionsVi = {
  correct: 'Sửa',
  void: 'Hủy bỏ',
  /** The full names of the row's two links, for screen readers and tests. */
  correctRow: 'Sửa {{what}}',
  voidRow: 'Hủy bỏ {{what}}',
  status: 'Tình trạng',
  inForce: 'Đang tính',
  voidedOn: 'Đã hủy bỏ ngày {{date}}, người hủy: {{who}}.',
  correctedOn: 'Đã sửa ngày {{date}}, người sửa: {{who}}.',
  reasonShown: 'Lý do: {{reason}}',
  seeCorrection: 'Xem bản sửa',
  correctionOf: 'Bản sửa của một bản ghi trước',
  reason: 'Lý do',
  reasonHint: 'Bắt buộc. Lý do được lưu cùng bản ghi và trong lịch sử thay đổi.',
  correctTitle: 'Sửa {{what}}',
  correctIntro:
    'Bản ghi cũ được giữ lại, gạch bỏ, kèm lý do; bản sửa thay nó trong tổng của dự án, các chỉ tiêu và báo cáo quý.',
  saveCorrection: 'Lưu bản sửa',
  voidTitle: 'Hủy bỏ {{what}}?',
  voidIntro:
    'Bản ghi sẽ không còn được tính vào tổng của dự án, các chỉ tiêu và báo cáo quý. Nó vẫn hiện ở đây, gạch bỏ, kèm lý do.',
  voidRateIntro: 'Tỷ giá này sẽ không còn được dùng để quy đổi. Nó vẫn hiện ở đây, gạch bỏ, kèm lý do.',
  confirmVoid: 'Hủy bỏ bản ghi này',
  keep: 'Giữ nguyên',
  close: 'Đóng',
  savedCorrection: 'Đã lưu bản sửa của {{what}}.',
  voidedDone: 'Đã hủy bỏ {{what}}.',
  /** What a row is, inside a sentence. */
  what: {
    'capital-change': 'lần điều chỉnh vốn ngày {{date}}',
    disbursement: 'khoản giải ngân ngày {{date}}',
    clearance: 'lần bàn giao mặt bằng ngày {{date}}',
    rate: 'tỷ giá ngày {{date}}',
  },
  errors: {
    alreadyVoided: 'Bản ghi này đã được hủy bỏ hoặc sửa trước đó, nên không thể hủy bỏ hay sửa lại.',
    correctionUnchanged: 'Bản sửa giống hệt bản ghi: không có gì thay đổi.',
    totalBelowZero: 'Tổng của dự án sẽ nhỏ hơn 0. Hãy kiểm tra con số tổng trên trang sửa dự án trước.',
    rateInFuture: 'Không được ghi tỷ giá cho một ngày sau hôm nay.',
  },
  /** Sentences of the history (app/features/audit/audit-describe.ts). */
  history: {
    voided: {
      capital_change: '{{who}} đã hủy bỏ lần điều chỉnh vốn {{amount}} ngày {{date}}',
      disbursement: '{{who}} đã hủy bỏ khoản giải ngân {{amount}} ngày {{date}}',
      clearance_handover: '{{who}} đã hủy bỏ lần bàn giao {{hectares}} mặt bằng ngày {{date}}',
      exchange_rate: '{{who}} đã hủy bỏ tỷ giá {{rate}} đồng/USD ngày {{date}}',
    },
    corrected: {
      capital_change: '{{who}} đã sửa lần điều chỉnh vốn ngày {{date}}',
      disbursement: '{{who}} đã sửa khoản giải ngân ngày {{date}}',
      clearance_handover: '{{who}} đã sửa lần bàn giao mặt bằng ngày {{date}}',
      exchange_rate: '{{who}} đã sửa tỷ giá ngày {{date}}',
    },
    field: '{{field}} từ {{from}} thành {{to}}',
  },
}

/** Vietnamese strings of the conflict pages (merged into vi.ts under "conflict"). */
export const conflictVi = {
  title: 'Dự án vừa được người khác sửa',
  explanation:
    'Trong lúc bạn sửa, một người khác đã lưu dự án này, nên thay đổi của bạn chưa được lưu. Những ô họ sửa đã được cập nhật trong biểu mẫu; những ô bạn sửa vẫn giữ giá trị của bạn.',
  conflictsExplanation:
    'Những ô cả hai người cùng sửa đang giữ giá trị của bạn: bấm “Dùng giá trị hiện tại” nếu muốn giữ giá trị đã lưu.',
  nextStep: 'Xem lại rồi bấm Lưu.',
  tableCaption: 'Các ô khác với bản đang lưu',
  columns: {
    field: 'Thông tin',
    mine: 'Giá trị của bạn',
    current: 'Giá trị hiện tại',
    form: 'Trong biểu mẫu',
  },
  outcome: {
    theirs: 'Đã cập nhật theo giá trị hiện tại',
    mine: 'Giữ giá trị của bạn',
    conflict: 'Cả hai cùng sửa: đang giữ giá trị của bạn',
    resolved: 'Đang dùng giá trị hiện tại',
  },
  useCurrent: 'Dùng giá trị hiện tại cho {{field}}',
  /** A simple form (a department, an investor, an account) saved by someone else first. */
  stale: {
    departmentTitle: 'Cơ quan vừa được người khác sửa',
    investorTitle: 'Nhà đầu tư vừa được người khác sửa',
    userTitle: 'Tài khoản vừa được người khác sửa',
    explanation:
      'Trong lúc bạn sửa, một người khác đã lưu, nên thay đổi của bạn chưa được lưu. Biểu mẫu vẫn giữ giá trị bạn đã nhập.',
    nextStep: 'So sánh với giá trị hiện tại bên dưới, sửa nếu cần, rồi bấm Lưu lần nữa.',
  },
  empty: '(để trống)',
  investorRow: '{{name}} ({{country}}, {{role}}, {{share}})',
  noShare: 'chưa ghi tỷ lệ',
  /** Any create form sent again (a double click, Back and send): what its first sending saved. */
  alreadySaved: 'Biểu mẫu này đã được gửi và lưu trước đó nên không ghi thêm lần nữa.',
  formNotYours: 'Biểu mẫu này không dùng được với tài khoản đang đăng nhập. Hãy mở lại trang.',
} as const

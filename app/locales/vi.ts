/**
 * Vietnamese, the default language. Every string a person sees starts here; en.ts must
 * have the same keys (its type is checked against this one).
 */
import { historyVi } from '~/features/audit/history.vi'
import { departmentsVi } from '~/features/departments/departments.vi'
import { exchangeRatesVi } from '~/features/exchange-rates/exchange-rates.vi'
import { goalsVi } from '~/features/goals/goals.vi'
import { investorsVi } from '~/features/investors/investors.vi'
import { meetingsVi } from '~/features/meetings/meetings.vi'
import { obstaclesVi } from '~/features/obstacles/obstacles.vi'
import { progressVi } from '~/features/progress/progress.vi'
import { reportVi } from '~/features/progress/report.vi'
import { correctionsVi } from '~/features/project-events/corrections.vi'
import { projectEventsVi } from '~/features/project-events/project-events.vi'
import { projectsVi } from '~/features/projects/projects.vi'
import { statisticsVi } from '~/features/statistics/statistics.vi'
import { adminVi } from '~/features/users/user-admin.vi'
import { usersVi } from '~/features/users/users.vi'
import { conflictVi } from '~/locales/conflict.vi'
import { securityVi } from '~/locales/security.vi'

export const vi = {
  admin: adminVi,
  history: historyVi,
  security: securityVi,
  conflict: conflictVi,
  corrections: correctionsVi,
  goals: goalsVi,
  progress: progressVi,
  report: reportVi,
  obstacles: obstaclesVi,
  meetings: meetingsVi,
  statistics: statisticsVi,
  projectEvents: projectEventsVi,
  // Features that own several namespaces (keys such as "project.code", "kind.coal_mine").
  ...projectsVi,
  ...investorsVi,
  ...departmentsVi,
  ...exchangeRatesVi,
  ...usersVi,
  app: {
    name: 'Tiendo',
    tagline: 'Theo dõi tiến độ dự án đầu tư',
    province: 'UBND tỉnh Quảng Ninh',
    skipToContent: 'Chuyển đến nội dung chính',
    primaryNav: 'Điều hướng chính',
    demoNotice: 'Dữ liệu minh hoạ — không phải số liệu chính thức',
  },
  nav: {
    projects: 'Dự án',
    newProject: 'Thêm dự án',
    investors: 'Nhà đầu tư',
    deleted: 'Dự án đã xoá',
    exchangeRates: 'Tỷ giá',
    progressOverview: 'Tiến độ',
    goals: 'Chỉ tiêu',
    statistics: 'Số liệu thống kê',
    users: 'Người dùng',
    departments: 'Cơ quan',
    audit: 'Nhật ký',
    password: 'Đổi mật khẩu',
  },
  language: {
    label: 'Ngôn ngữ',
    switchTo: 'English',
    switchToLabel: 'Chuyển sang tiếng Anh',
  },
  common: {
    save: 'Lưu',
    cancel: 'Huỷ',
    back: 'Quay lại',
    edit: 'Sửa',
    delete: 'Xoá',
    restore: 'Khôi phục',
    search: 'Tìm kiếm',
    apply: 'Lọc',
    all: 'Tất cả',
    none: '—',
    yes: 'Có',
    no: 'Không',
    notSet: 'Chưa có',
    remove: 'Bỏ',
    optional: '(không bắt buộc)',
    required: '(bắt buộc)',
    previous: 'Trang trước',
    next: 'Trang sau',
    pageOf: 'Trang {{page, number}}/{{pages, number}}',
    pagination: 'Phân trang',
    close: 'Đóng',
  },
  country: {
    VN: 'Việt Nam',
    KR: 'Hàn Quốc',
    JP: 'Nhật Bản',
    CN: 'Trung Quốc',
    TW: 'Đài Loan (Trung Quốc)',
    HK: 'Hồng Kông (Trung Quốc)',
    SG: 'Singapore',
    TH: 'Thái Lan',
    US: 'Hoa Kỳ',
    DE: 'Đức',
    FR: 'Pháp',
    GB: 'Vương quốc Anh',
    NL: 'Hà Lan',
    AU: 'Úc',
    OTHER: 'Quốc gia khác',
  },
  errors: {
    required: 'Vui lòng nhập thông tin này.',
    choose: 'Vui lòng chọn một mục.',
    tooLong: 'Tối đa {{max}} ký tự.',
    numberFormat: 'Số không đúng định dạng. Viết theo kiểu 1.234,5 (dấu chấm ngăn hàng nghìn, dấu phẩy thập phân).',
    wholeDong: 'Số tiền phải là số đồng chẵn, không có phần thập phân.',
    negative: 'Không được là số âm.',
    tooLarge: 'Số quá lớn.',
    wholeNumber: 'Phải là số nguyên.',
    percentDecimals: 'Tỷ lệ chỉ ghi tối đa hai chữ số thập phân.',
    percentRange: 'Tỷ lệ phải từ 0 đến 100 %.',
    shareTotal: 'Tổng tỷ lệ vốn góp của các nhà đầu tư không được vượt quá 100 %.',
    date: 'Ngày không hợp lệ.',
    dateRange: 'Ngày phải trong khoảng 01/01/1990 – 31/12/2100.',
    url: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://',
    codeFormat: 'Mã chỉ gồm chữ không dấu, số, dấu gạch ngang, gạch dưới hoặc dấu chấm.',
    codeTaken: 'Mã dự án này đã được dùng cho dự án khác.',
    clearanceExceeds: 'Diện tích đã bàn giao không được lớn hơn diện tích cần GPMB.',
    disbursedExceeds: 'Vốn đã giải ngân không được lớn hơn vốn đăng ký.',
    actualBeforePlanned: 'Ngày thực tế không hợp lệ.',
    datesOrder: 'Ngày cấp GCN không được trước ngày quyết định chủ trương.',
    plannedOrder: 'Ngày kế hoạch phải theo đúng thứ tự các mốc (không trước mốc {{previous}}).',
    inFuture: 'Ngày thực tế không được sau hôm nay.',
    duplicateInvestor: 'Nhà đầu tư này đã có trong danh sách.',
    oneLead: 'Chỉ có một nhà đầu tư chính.',
    unknownOption: 'Giá trị không có trong danh sách.',
    staleVersion: 'Dự án vừa được người khác sửa. Hãy tải lại trang để xem bản mới nhất rồi sửa lại.',
    rateRange: 'Tỷ giá phải từ 1.000 đến 100.000 đồng.',
  },
  errorPage: {
    title: 'Đã có lỗi',
    notFound: 'Không tìm thấy trang hoặc dự án này.',
    forbidden: 'Bạn không có quyền xem hoặc thực hiện việc này.',
    badRequest: 'Yêu cầu không hợp lệ.',
    tooLarge: 'Nội dung gửi lên quá lớn.',
    generic: 'Đã có lỗi ngoài dự kiến. Hãy thử lại; nếu vẫn lỗi, báo cho quản trị viên.',
    home: 'Về danh mục dự án',
  },
} as const

/**
 * Demo projects taken from the two source articles (July 2025):
 *  - Báo Quảng Ninh: the coal projects whose construction start the province must secure,
 *    the B.Grimm Power wind project, the Greenlink Đà Nẵng / YNC proposals, and the four
 *    industrial parks that need clean land;
 *  - Báo Lào Cai: one factory for each manufacturing sub-sector the article names.
 * A few extra Quảng Ninh projects illustrate sectors the article mentions only in passing
 * (wooden furniture, electronics, logistics, wastewater) and the statuses the article
 * projects do not reach (operating, suspended).
 *
 * DEMO DATA: capital, areas, dates, decision and certificate numbers, and the investors of
 * the extra projects are illustrative ("Số liệu minh hoạ"), not official figures.
 */

import { buildProjectSearchText } from '../../app/features/projects/project-search'
import { toSearchKey } from '../../app/utils/search-key'
import {
  assertValidHistory,
  buildMilestones,
  defaultReason,
  reachedOn,
  toStatusChanges,
  type StatusStep,
} from './lifecycle'
import { LAO_CAI, loadReferenceIds, QUANG_NINH, unitKey, type DepartmentCode } from './reference-data'
import { day, ty } from './sqlite-values'
import type {
  InvestorCountry,
  InvestorRole,
  ProjectKind,
  ProjectStatus,
  Sector,
  UnitKind,
} from '../../app/features/projects/project-vocabulary'
import type { Prisma } from '@prisma/client'

export const SOURCES = {
  qn: {
    title: 'Báo Quảng Ninh, 7/2025: "Công nghiệp Quảng Ninh tăng tốc mạnh mẽ"',
    url: 'https://baoquangninh.vn/cong-nghiep-quang-ninh-tang-toc-manh-me-3371783.html',
  },
  lc: {
    title: 'Báo Lào Cai, 7/2025: "Công nghiệp khởi sắc, nhiều lĩnh vực tăng trưởng cao"',
    url: 'https://baolaocai.vn/cong-nghiep-khoi-sac-nhieu-linh-vuc-tang-truong-cao-post878792.html',
  },
} as const

const DEMO_NOTE = 'Số liệu minh hoạ (dữ liệu demo), không phải số liệu chính thức.'

interface DemoInvestor {
  name: string
  country: InvestorCountry
}

/** Keyed so projects can refer to an investor twice without repeating its name. */
export const DEMO_INVESTORS = {
  honGai: { name: 'Công ty Than Hòn Gai – TKV', country: 'VN' },
  deoNaiCocSau: { name: 'Công ty CP Than Đèo Nai – Cọc Sáu – TKV', country: 'VN' },
  tkv: { name: 'Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam (TKV)', country: 'VN' },
  uongBi: { name: 'Công ty Than Uông Bí – TKV', country: 'VN' },
  namMau: { name: 'Công ty Than Nam Mẫu – TKV', country: 'VN' },
  bGrimm: { name: 'B.Grimm Power Public Company Limited', country: 'TH' },
  greenlink: { name: 'Công ty CP Greenlink Đà Nẵng', country: 'VN' },
  ync: { name: 'YNC Co., Ltd.', country: 'KR' },
  amata: { name: 'Amata Corporation Public Company Limited', country: 'TH' },
  texhong: { name: 'Texhong Textile Group Limited', country: 'HK' },
  namTienPhong: { name: 'Công ty CP Phát triển Khu công nghiệp Nam Tiền Phong', country: 'VN' },
  viglacera: { name: 'Tổng công ty Viglacera – CTCP', country: 'VN' },
  taiYang: { name: 'Tai Yang Furniture Co., Ltd.', country: 'TW' },
  hanbit: { name: 'Hanbit Electronics Co., Ltd.', country: 'KR' },
  mongDuong: { name: 'Công ty CP Than Mông Dương – Vinacomin', country: 'VN' },
  khoVanCamPha: { name: 'Công ty Kho vận và Cảng Cẩm Phả – Vinacomin', country: 'VN' },
  coToXanh: { name: 'Công ty CP Năng lượng Cô Tô Xanh', country: 'VN' },
  mayHongHa: { name: 'Công ty TNHH May xuất khẩu Hồng Hà', country: 'VN' },
  lamSanTranYen: { name: 'Công ty CP Lâm sản Trấn Yên', country: 'VN' },
  giayThacBa: { name: 'Công ty CP Giấy và Bao bì Thác Bà', country: 'VN' },
  hoaChatTangLoong: { name: 'Công ty CP Hoá chất Tằng Loỏng', country: 'VN' },
  hekou: { name: 'Hekou Phosphorus Chemical Co., Ltd.', country: 'CN' },
  nhuaBaoThang: { name: 'Công ty TNHH Nhựa và Cao su Bảo Thắng', country: 'VN' },
  kiso: { name: 'Kiso Steel Structure Co., Ltd.', country: 'JP' },
  coKhiCamDuong: { name: 'Công ty CP Cơ khí Cam Đường', country: 'VN' },
} as const satisfies Record<string, DemoInvestor>

type InvestorKey = keyof typeof DEMO_INVESTORS

type IsoDate = `${number}-${number}-${number}`

export interface DemoProject {
  code: string
  name: string
  nameEn: string
  kind: ProjectKind
  sector: Sector
  unit: readonly [province: string, kind: UnitKind, name: string]
  department: DepartmentCode
  investors: readonly { key: InvestorKey; role: InvestorRole; basisPoints: number | null }[]
  areaHa: number | null
  clearanceNeededHa: number | null
  clearanceDoneHa: number | null
  /** tỷ đồng (10^9 VND) */
  registeredCapitalTy: number
  disbursedCapitalTy: number | null
  jobsPlanned: number | null
  policyDecisionNumber?: string
  ircNumber?: string
  status: ProjectStatus
  history: readonly (readonly [ProjectStatus, IsoDate, string?])[]
  /** planned dates of policy_approval, irc, land_handover, construction_start, commissioning */
  planned: readonly [IsoDate, IsoDate, IsoDate, IsoDate, IsoDate]
  landHandoverActual?: IsoDate
  description: string
  source: keyof typeof SOURCES
}

const qnWard = (name: string) => [QUANG_NINH, 'ward', name] as const
const qnCommune = (name: string) => [QUANG_NINH, 'commune', name] as const
const qnSpecialZone = (name: string) => [QUANG_NINH, 'special_zone', name] as const
const lcWard = (name: string) => [LAO_CAI, 'ward', name] as const
const lcCommune = (name: string) => [LAO_CAI, 'commune', name] as const
const sole = (key: InvestorKey) => [{ key, role: 'lead', basisPoints: 10_000 }] as const

export const DEMO_PROJECTS: readonly DemoProject[] = [
  // ——— Quảng Ninh: coal (Sở Công Thương) ———
  {
    code: 'QN-2025-001',
    name: 'Dự án khai thác hầm lò mở rộng mỏ Hà Ráng',
    nameEn: 'Hà Ráng underground mine expansion',
    kind: 'underground_mine',
    sector: 'mining',
    unit: qnWard('Hà Tu'),
    department: 'SCT',
    investors: sole('honGai'),
    areaHa: 210.5,
    clearanceNeededHa: 36.2,
    clearanceDoneHa: 36.2,
    registeredCapitalTy: 3_360,
    disbursedCapitalTy: 420,
    jobsPlanned: 1_850,
    policyDecisionNumber: '672/QĐ-UBND',
    ircNumber: '5403218765',
    status: 'under_construction',
    history: [
      ['proposed', '2023-05-10'],
      ['policy_approved', '2024-03-15'],
      ['irc_issued', '2024-08-20'],
      ['site_clearance', '2024-10-01'],
      ['under_construction', '2025-12-15', 'Khởi công sau khi hoàn thành bàn giao mặt bằng, chậm gần 3 tháng'],
    ],
    planned: ['2024-03-31', '2024-07-31', '2025-06-30', '2025-09-30', '2028-06-30'],
    landHandoverActual: '2025-11-28',
    description:
      'Mở rộng khai thác hầm lò mỏ Hà Ráng xuống sâu. Bài báo nêu dự án trong nhóm dự án ngành than mà tỉnh cần bảo đảm tiến độ khởi công. Bàn giao mặt bằng chậm do vướng bồi thường một số hộ dân.',
    source: 'qn',
  },
  {
    code: 'QN-2025-002',
    name: 'Dự án khai thác cụm mỏ Cọc Sáu – Đèo Nai',
    nameEn: 'Cọc Sáu – Đèo Nai mine cluster',
    kind: 'coal_mine',
    sector: 'mining',
    unit: qnWard('Cẩm Phả'),
    department: 'SCT',
    investors: [
      { key: 'deoNaiCocSau', role: 'lead', basisPoints: 10_000 },
      { key: 'tkv', role: 'partner', basisPoints: null },
    ],
    areaHa: 1_240,
    clearanceNeededHa: 85,
    clearanceDoneHa: 0,
    registeredCapitalTy: 8_950,
    disbursedCapitalTy: 0,
    jobsPlanned: 3_200,
    policyDecisionNumber: '3918/QĐ-UBND',
    status: 'policy_approved',
    history: [
      ['proposed', '2023-11-20'],
      ['policy_approved', '2024-12-26'],
    ],
    planned: ['2024-12-31', '2025-09-30', '2026-06-30', '2026-09-30', '2029-12-31'],
    description:
      'Hợp nhất khai thác lộ thiên mỏ Cọc Sáu và mỏ Đèo Nai thành một cụm mỏ. Bài báo nêu dự án trong nhóm dự án ngành than cần bảo đảm tiến độ khởi công. Hồ sơ đăng ký đầu tư còn chờ thẩm định phương án đổ thải.',
    source: 'qn',
  },
  {
    code: 'QN-2025-003',
    name: 'Dự án khai thác hầm lò mỏ Tân Yên – Đồng Trảng Bạch',
    nameEn: 'Tân Yên – Đồng Trảng Bạch underground mine',
    kind: 'underground_mine',
    sector: 'mining',
    unit: qnWard('Hoàng Quế'),
    department: 'SCT',
    investors: sole('uongBi'),
    areaHa: 480,
    clearanceNeededHa: 42.5,
    clearanceDoneHa: 6.8,
    registeredCapitalTy: 5_870,
    disbursedCapitalTy: 150,
    jobsPlanned: 2_400,
    policyDecisionNumber: '2561/QĐ-UBND',
    ircNumber: '6217405392',
    status: 'irc_issued',
    history: [
      ['proposed', '2023-08-15'],
      ['policy_approved', '2024-09-10'],
      ['irc_issued', '2025-03-18'],
    ],
    planned: ['2024-06-30', '2025-03-31', '2026-06-30', '2026-12-31', '2030-06-30'],
    description:
      'Khai thác hầm lò mỏ Tân Yên – Đồng Trảng Bạch. Bài báo nêu dự án trong nhóm dự án ngành than cần bảo đảm tiến độ khởi công. Phương án bồi thường chưa được phê duyệt nên chưa bắt đầu giải phóng mặt bằng.',
    source: 'qn',
  },
  {
    code: 'QN-2025-004',
    name: 'Dự án đầu tư xây dựng nhà máy sàng tuyển than Nam Mẫu',
    nameEn: 'Nam Mẫu coal screening plant',
    kind: 'coal_screening_plant',
    sector: 'mining',
    unit: qnWard('Yên Tử'),
    department: 'SCT',
    investors: sole('namMau'),
    areaHa: 18.6,
    clearanceNeededHa: 18.6,
    clearanceDoneHa: 11.2,
    registeredCapitalTy: 2_140,
    disbursedCapitalTy: 95,
    jobsPlanned: 220,
    policyDecisionNumber: '3104/QĐ-UBND',
    ircNumber: '4386012579',
    status: 'site_clearance',
    history: [
      ['proposed', '2024-02-01'],
      ['policy_approved', '2024-10-22'],
      ['irc_issued', '2025-01-14'],
      ['site_clearance', '2025-04-01'],
    ],
    planned: ['2024-09-30', '2025-01-31', '2025-12-31', '2026-03-31', '2027-09-30'],
    description:
      'Nhà máy sàng tuyển than mới thay cho các xưởng sàng cũ. Bài báo nêu dự án trong nhóm dự án ngành than cần bảo đảm tiến độ khởi công. Vướng mắc: một phần diện tích là đất rừng sản xuất, đang làm thủ tục chuyển mục đích sử dụng.',
    source: 'qn',
  },
  // ——— Quảng Ninh: renewable energy ———
  {
    code: 'QN-2025-005',
    name: 'Dự án điện gió Tiên Yên – B.Grimm Power',
    nameEn: 'B.Grimm Power wind power project, Tiên Yên',
    kind: 'wind_power',
    sector: 'energy',
    unit: qnCommune('Tiên Yên'),
    department: 'SCT',
    investors: sole('bGrimm'),
    areaHa: 95,
    clearanceNeededHa: 95,
    clearanceDoneHa: 0,
    registeredCapitalTy: 6_800,
    disbursedCapitalTy: 0,
    jobsPlanned: 150,
    policyDecisionNumber: '2877/QĐ-UBND',
    status: 'policy_approved',
    history: [
      ['proposed', '2024-06-12'],
      ['policy_approved', '2025-10-20'],
    ],
    planned: ['2025-09-30', '2026-06-30', '2026-12-31', '2027-06-30', '2029-06-30'],
    description:
      'Dự án điện gió trên bờ do Công ty B.Grimm Power (Thái Lan) đề xuất; bài báo nêu đây là dự án năng lượng tái tạo các sở, ngành hỗ trợ nhà đầu tư đẩy nhanh thủ tục. Địa điểm và công suất là giả định.',
    source: 'qn',
  },
  {
    code: 'QN-2025-006',
    name: 'Nhà máy điện sinh khối Quảng La',
    nameEn: 'Quảng La biomass power plant',
    kind: 'biomass_power',
    sector: 'energy',
    unit: qnCommune('Quảng La'),
    department: 'SCT',
    investors: [
      { key: 'greenlink', role: 'lead', basisPoints: 5_100 },
      { key: 'ync', role: 'partner', basisPoints: 4_900 },
    ],
    areaHa: 12,
    clearanceNeededHa: 12,
    clearanceDoneHa: 0,
    registeredCapitalTy: 1_450,
    disbursedCapitalTy: null,
    jobsPlanned: 120,
    status: 'proposed',
    history: [['proposed', '2025-07-15', 'Công ty Greenlink Đà Nẵng và Công ty YNC (Hàn Quốc) đề xuất']],
    planned: ['2026-03-31', '2026-09-30', '2027-03-31', '2027-06-30', '2028-12-31'],
    description:
      'Nhà máy điện sinh khối dùng phụ phẩm gỗ rừng trồng, do Công ty Greenlink Đà Nẵng và Công ty YNC (Hàn Quốc) đề xuất theo bài báo. Địa điểm và quy mô là giả định.',
    source: 'qn',
  },
  {
    code: 'QN-2025-007',
    name: 'Mô hình kinh tế xanh, kinh tế tuần hoàn và phát triển tín chỉ các-bon Vân Đồn',
    nameEn: 'Green and circular economy and carbon-credit model, Vân Đồn',
    kind: 'other',
    sector: 'water_waste',
    unit: qnSpecialZone('Vân Đồn'),
    department: 'SNNMT',
    investors: [
      { key: 'ync', role: 'lead', basisPoints: 7_000 },
      { key: 'greenlink', role: 'partner', basisPoints: 3_000 },
    ],
    areaHa: 350,
    clearanceNeededHa: null,
    clearanceDoneHa: null,
    registeredCapitalTy: 520,
    disbursedCapitalTy: null,
    jobsPlanned: 80,
    status: 'proposed',
    history: [['proposed', '2025-08-05', 'Công ty YNC (Hàn Quốc) và Công ty Greenlink Đà Nẵng đề xuất']],
    planned: ['2026-06-30', '2026-12-31', '2027-06-30', '2027-09-30', '2028-09-30'],
    description:
      'Mô hình đầu tư kinh tế xanh, kinh tế tuần hoàn và phát triển tín chỉ các-bon (trồng, phục hồi rừng ngập mặn, xử lý phụ phẩm) do Công ty YNC và Greenlink Đà Nẵng đề xuất theo bài báo. Quy mô là giả định.',
    source: 'qn',
  },
  // ——— Quảng Ninh: industrial parks (Ban Quản lý Khu kinh tế) ———
  {
    code: 'QN-2025-008',
    name: 'Khu công nghiệp Sông Khoai',
    nameEn: 'Sông Khoai Industrial Park',
    kind: 'industrial_park',
    sector: 'construction',
    unit: qnWard('Hiệp Hòa'),
    department: 'BQLKKT',
    investors: [{ key: 'amata', role: 'lead', basisPoints: 8_500 }],
    areaHa: 714,
    clearanceNeededHa: 714,
    clearanceDoneHa: 612.4,
    registeredCapitalTy: 4_030,
    disbursedCapitalTy: 2_180,
    jobsPlanned: 35_000,
    policyDecisionNumber: '1579/QĐ-TTg',
    ircNumber: '2157362809',
    status: 'under_construction',
    history: [
      ['proposed', '2018-03-01'],
      ['policy_approved', '2018-12-14'],
      ['irc_issued', '2019-05-10'],
      ['site_clearance', '2019-06-01'],
      ['under_construction', '2020-09-25', 'Khởi công hạ tầng giai đoạn 1 trên phần diện tích đã bàn giao'],
    ],
    planned: ['2018-12-31', '2019-03-31', '2021-12-31', '2020-06-30', '2026-12-31'],
    description:
      'Hạ tầng khu công nghiệp xây dựng theo phân kỳ. Bài báo yêu cầu đẩy nhanh giải phóng mặt bằng, bảo đảm quỹ đất sạch cho nhà đầu tư. Còn khoảng 100 ha chưa bàn giao do vướng đất nuôi trồng thuỷ sản.',
    source: 'qn',
  },
  {
    code: 'QN-2025-009',
    name: 'Khu công nghiệp Hải Hà',
    nameEn: 'Hải Hà Industrial Park',
    kind: 'industrial_park',
    sector: 'construction',
    unit: qnCommune('Quảng Hà'),
    department: 'BQLKKT',
    investors: sole('texhong'),
    areaHa: 4_831,
    clearanceNeededHa: 4_831,
    clearanceDoneHa: 3_120,
    registeredCapitalTy: 5_100,
    disbursedCapitalTy: 3_940,
    jobsPlanned: 20_000,
    policyDecisionNumber: '112/QĐ-UBND',
    ircNumber: '1210026345',
    status: 'operating',
    history: [
      ['proposed', '2012-06-01'],
      ['policy_approved', '2013-01-10'],
      ['irc_issued', '2013-05-20'],
      ['site_clearance', '2013-07-01'],
      ['under_construction', '2014-04-12'],
      ['operating', '2015-11-18', 'Giai đoạn 1 đi vào hoạt động, đón nhà đầu tư thứ cấp'],
    ],
    planned: ['2012-12-31', '2013-06-30', '2014-03-31', '2014-03-31', '2015-12-31'],
    landHandoverActual: '2014-03-28',
    description:
      'Khu công nghiệp cảng biển đã hoạt động giai đoạn 1; các giai đoạn sau còn cần giải phóng mặt bằng, như bài báo nêu. Ngày bàn giao mặt bằng là của giai đoạn 1.',
    source: 'qn',
  },
  {
    code: 'QN-2025-010',
    name: 'Khu công nghiệp Nam Tiền Phong',
    nameEn: 'Nam Tiền Phong Industrial Park',
    kind: 'industrial_park',
    sector: 'construction',
    unit: qnWard('Liên Hòa'),
    department: 'BQLKKT',
    investors: sole('namTienPhong'),
    areaHa: 618,
    clearanceNeededHa: 618,
    clearanceDoneHa: 402.7,
    registeredCapitalTy: 3_960,
    disbursedCapitalTy: 310,
    jobsPlanned: 25_000,
    policyDecisionNumber: '1836/QĐ-TTg',
    ircNumber: '3245178906',
    status: 'site_clearance',
    history: [
      ['proposed', '2019-09-10'],
      ['policy_approved', '2020-11-24'],
      ['irc_issued', '2021-06-15'],
      ['site_clearance', '2021-08-01'],
    ],
    planned: ['2020-09-30', '2021-03-31', '2023-12-31', '2024-06-30', '2027-12-31'],
    description:
      'Bài báo nêu khu công nghiệp trong nhóm cần đẩy nhanh giải phóng mặt bằng. Vướng mắc: giá đất bồi thường và vị trí khu tái định cư chưa thống nhất với người dân.',
    source: 'qn',
  },
  {
    code: 'QN-2025-011',
    name: 'Khu công nghiệp Bắc Tiền Phong',
    nameEn: 'Bắc Tiền Phong Industrial Park',
    kind: 'industrial_park',
    sector: 'construction',
    unit: qnWard('Phong Cốc'),
    department: 'BQLKKT',
    investors: sole('viglacera'),
    areaHa: 1_192,
    clearanceNeededHa: 1_192,
    clearanceDoneHa: 780,
    registeredCapitalTy: 5_300,
    disbursedCapitalTy: 1_650,
    jobsPlanned: 40_000,
    policyDecisionNumber: '1007/QĐ-TTg',
    ircNumber: '3218754601',
    status: 'under_construction',
    history: [
      ['proposed', '2017-05-02'],
      ['policy_approved', '2018-04-18'],
      ['irc_issued', '2018-10-05'],
      ['site_clearance', '2019-01-15'],
      ['under_construction', '2021-03-26', 'Khởi công hạ tầng phân khu đã bàn giao'],
    ],
    planned: ['2018-03-31', '2018-09-30', '2021-12-31', '2020-12-31', '2027-06-30'],
    description:
      'Bài báo nêu khu công nghiệp trong nhóm cần đẩy nhanh giải phóng mặt bằng. Hạ tầng xây dựng cuốn chiếu trên phần đất đã bàn giao; còn hơn 400 ha chưa bàn giao.',
    source: 'qn',
  },
  // ——— Quảng Ninh: illustrative projects in sectors the article names ———
  {
    code: 'QN-2025-012',
    name: 'Nhà máy sản xuất đồ gỗ nội thất xuất khẩu Mạo Khê',
    nameEn: 'Mạo Khê export wooden furniture factory',
    kind: 'factory',
    sector: 'manufacturing',
    unit: qnWard('Mạo Khê'),
    department: 'STC',
    investors: sole('taiYang'),
    areaHa: 12.5,
    clearanceNeededHa: 12.5,
    clearanceDoneHa: 12.5,
    registeredCapitalTy: 690,
    disbursedCapitalTy: 655,
    jobsPlanned: 1_200,
    policyDecisionNumber: '2950/QĐ-UBND',
    ircNumber: '8732016458',
    status: 'operating',
    history: [
      ['proposed', '2021-04-12'],
      ['policy_approved', '2021-10-05'],
      ['irc_issued', '2021-11-20'],
      ['site_clearance', '2021-12-10'],
      ['under_construction', '2022-05-18'],
      ['operating', '2023-09-01'],
    ],
    planned: ['2021-09-30', '2021-12-31', '2022-03-31', '2022-04-30', '2023-06-30'],
    landHandoverActual: '2022-04-25',
    description:
      'Dự án minh hoạ cho nhóm sản phẩm đồ gỗ nội thất mà bài báo nêu là sản phẩm chủ lực của công nghiệp chế biến, chế tạo. Nhà đầu tư là giả định.',
    source: 'qn',
  },
  {
    code: 'QN-2025-013',
    name: 'Nhà máy linh kiện điện tử Hanbit tại KCN Sông Khoai',
    nameEn: 'Hanbit electronic components factory, Sông Khoai IP',
    kind: 'factory',
    sector: 'manufacturing',
    unit: qnWard('Hiệp Hòa'),
    department: 'BQLKKT',
    investors: sole('hanbit'),
    areaHa: 15,
    clearanceNeededHa: null,
    clearanceDoneHa: null,
    registeredCapitalTy: 2_350,
    disbursedCapitalTy: 0,
    jobsPlanned: 3_500,
    policyDecisionNumber: '2214/QĐ-UBND',
    ircNumber: '2154093867',
    status: 'irc_issued',
    history: [
      ['proposed', '2025-03-10'],
      ['policy_approved', '2025-07-22'],
      ['irc_issued', '2025-08-29', 'Cấp GCNĐKĐT trong quý III/2025, tính vào chỉ tiêu thu hút FDI của quý'],
    ],
    planned: ['2025-06-30', '2025-08-31', '2025-12-31', '2026-03-31', '2027-06-30'],
    description:
      'Dự án FDI minh hoạ cho mục tiêu thu hút ít nhất 200 triệu USD vốn FDI trong quý III/2025 mà bài báo nêu. Thuê đất đã có hạ tầng trong khu công nghiệp nên không phải giải phóng mặt bằng; nhà đầu tư chậm ký hợp đồng thuê lại đất.',
    source: 'qn',
  },
  {
    code: 'QN-2025-014',
    name: 'Trạm xử lý nước thải mỏ và tái sử dụng nước Mông Dương',
    nameEn: 'Mông Dương mine wastewater treatment and reuse plant',
    kind: 'other',
    sector: 'water_waste',
    unit: qnWard('Mông Dương'),
    department: 'SNNMT',
    investors: sole('mongDuong'),
    areaHa: 4.2,
    clearanceNeededHa: 4.2,
    clearanceDoneHa: 4.2,
    registeredCapitalTy: 380,
    disbursedCapitalTy: 372,
    jobsPlanned: 25,
    policyDecisionNumber: '1733/QĐ-UBND',
    ircNumber: '7120453896',
    status: 'operating',
    history: [
      ['proposed', '2022-03-01'],
      ['policy_approved', '2022-08-15'],
      ['irc_issued', '2022-10-10'],
      ['site_clearance', '2022-11-01'],
      ['under_construction', '2023-06-20'],
      ['operating', '2026-06-30', 'Vận hành chính thức sau chạy thử, chậm 3 tháng so với kế hoạch'],
    ],
    planned: ['2022-06-30', '2022-09-30', '2023-03-31', '2023-04-30', '2026-03-31'],
    landHandoverActual: '2023-05-30',
    description:
      'Dự án minh hoạ cho ngành xử lý nước thải (bài báo: tăng 17,22 % trong tháng 7/2025). Nhà đầu tư là doanh nghiệp ngành than.',
    source: 'qn',
  },
  {
    code: 'QN-2025-015',
    name: 'Trung tâm logistics và kho bãi Cửa Ông',
    nameEn: 'Cửa Ông logistics centre and warehouses',
    kind: 'logistics',
    sector: 'transport_logistics',
    unit: qnWard('Cửa Ông'),
    department: 'SXD',
    investors: sole('khoVanCamPha'),
    areaHa: 46,
    clearanceNeededHa: 46,
    clearanceDoneHa: 0,
    registeredCapitalTy: 1_200,
    disbursedCapitalTy: 0,
    jobsPlanned: 400,
    policyDecisionNumber: '3325/QĐ-UBND',
    status: 'policy_approved',
    history: [
      ['proposed', '2024-09-15'],
      ['policy_approved', '2025-11-05'],
    ],
    planned: ['2025-06-30', '2026-03-31', '2026-09-30', '2027-03-31', '2028-12-31'],
    description:
      'Dự án minh hoạ cho định hướng kết nối doanh nghiệp công nghiệp với thị trường qua logistics đường biển và đường bộ mà bài báo nêu.',
    source: 'qn',
  },
  {
    code: 'QN-2025-016',
    name: 'Dự án điện mặt trời kết hợp lưu trữ năng lượng Cô Tô',
    nameEn: 'Cô Tô solar power and energy storage project',
    kind: 'solar_power',
    sector: 'energy',
    unit: qnSpecialZone('Cô Tô'),
    department: 'SCT',
    investors: sole('coToXanh'),
    areaHa: 8.5,
    clearanceNeededHa: 8.5,
    clearanceDoneHa: 0,
    registeredCapitalTy: 260,
    disbursedCapitalTy: 12,
    jobsPlanned: 30,
    policyDecisionNumber: '3702/QĐ-UBND',
    status: 'suspended',
    history: [
      ['proposed', '2023-03-20'],
      ['policy_approved', '2023-12-12'],
      [
        'suspended',
        '2025-02-17',
        'Tạm dừng: chưa được bổ sung vào quy hoạch phát triển điện lực; nhà đầu tư xin giãn tiến độ',
      ],
    ],
    planned: ['2023-12-31', '2024-06-30', '2024-12-31', '2025-06-30', '2026-06-30'],
    description: 'Dự án minh hoạ cho trạng thái tạm dừng. Nhà đầu tư và quy mô là giả định.',
    source: 'qn',
  },
  // ——— Lào Cai (including the former Yên Bái province): the article's sub-sectors ———
  {
    code: 'LC-2025-001',
    name: 'Nhà máy may xuất khẩu Yên Bái',
    nameEn: 'Yên Bái export garment factory',
    kind: 'factory',
    sector: 'manufacturing',
    unit: lcWard('Yên Bái'),
    department: 'STC',
    investors: sole('mayHongHa'),
    areaHa: 6.8,
    clearanceNeededHa: 6.8,
    clearanceDoneHa: 6.8,
    registeredCapitalTy: 320,
    disbursedCapitalTy: 305,
    jobsPlanned: 1_500,
    policyDecisionNumber: '1208/QĐ-UBND',
    ircNumber: '1645203187',
    status: 'operating',
    history: [
      ['proposed', '2022-02-14'],
      ['policy_approved', '2022-06-30'],
      ['irc_issued', '2022-07-25'],
      ['site_clearance', '2022-08-15'],
      ['under_construction', '2023-01-10'],
      ['operating', '2024-03-05'],
    ],
    planned: ['2022-06-30', '2022-08-31', '2022-12-31', '2023-01-15', '2024-01-31'],
    landHandoverActual: '2022-12-20',
    description:
      'Dự án minh hoạ cho ngành may mặc (bài báo: sản xuất trang phục tăng 28,74 % trong tháng 7/2025). Quyết định chủ trương do tỉnh Yên Bái (cũ) ban hành trước khi hợp nhất.',
    source: 'lc',
  },
  {
    code: 'LC-2025-002',
    name: 'Nhà máy chế biến gỗ, tre, nứa Trấn Yên',
    nameEn: 'Trấn Yên wood, bamboo and rattan processing plant',
    kind: 'factory',
    sector: 'manufacturing',
    unit: lcCommune('Trấn Yên'),
    department: 'STC',
    investors: sole('lamSanTranYen'),
    areaHa: 9.6,
    clearanceNeededHa: 9.6,
    clearanceDoneHa: 9.6,
    registeredCapitalTy: 450,
    disbursedCapitalTy: 180,
    jobsPlanned: 600,
    policyDecisionNumber: '1897/QĐ-UBND',
    ircNumber: '1638450271',
    status: 'under_construction',
    history: [
      ['proposed', '2023-04-03'],
      ['policy_approved', '2023-09-14'],
      ['irc_issued', '2023-10-20'],
      ['site_clearance', '2023-11-15'],
      ['under_construction', '2024-08-28'],
    ],
    planned: ['2023-08-31', '2023-10-31', '2024-05-31', '2024-06-30', '2025-12-31'],
    landHandoverActual: '2024-08-10',
    description:
      'Dự án minh hoạ cho ngành chế biến gỗ, tre, nứa (bài báo: tăng 11,15 %). Chậm vận hành do thiếu lao động kỹ thuật.',
    source: 'lc',
  },
  {
    code: 'LC-2025-003',
    name: 'Nhà máy giấy và bao bì Yên Bình',
    nameEn: 'Yên Bình paper and packaging mill',
    kind: 'factory',
    sector: 'manufacturing',
    unit: lcCommune('Yên Bình'),
    department: 'SCT',
    investors: sole('giayThacBa'),
    areaHa: 22,
    clearanceNeededHa: 22,
    clearanceDoneHa: 0,
    registeredCapitalTy: 980,
    disbursedCapitalTy: 40,
    jobsPlanned: 450,
    policyDecisionNumber: '2733/QĐ-UBND',
    ircNumber: '1652308914',
    status: 'irc_issued',
    history: [
      ['proposed', '2024-05-06'],
      ['policy_approved', '2024-11-19'],
      ['irc_issued', '2025-02-26'],
    ],
    planned: ['2024-10-31', '2025-01-31', '2025-09-30', '2025-12-31', '2027-06-30'],
    description:
      'Dự án minh hoạ cho ngành giấy và sản phẩm từ giấy (bài báo: tăng 16,79 %). Chưa bắt đầu giải phóng mặt bằng do điều chỉnh quy hoạch sau hợp nhất tỉnh.',
    source: 'lc',
  },
  {
    code: 'LC-2025-004',
    name: 'Nhà máy hoá chất phốt pho Tằng Loỏng',
    nameEn: 'Tằng Loỏng phosphorus chemicals plant',
    kind: 'factory',
    sector: 'manufacturing',
    unit: lcCommune('Tằng Loỏng'),
    department: 'SCT',
    investors: [
      { key: 'hoaChatTangLoong', role: 'lead', basisPoints: 6_000 },
      { key: 'hekou', role: 'partner', basisPoints: 4_000 },
    ],
    areaHa: 35,
    clearanceNeededHa: 35,
    clearanceDoneHa: 21.4,
    registeredCapitalTy: 2_600,
    disbursedCapitalTy: 210,
    jobsPlanned: 700,
    policyDecisionNumber: '0154/QĐ-UBND',
    ircNumber: '5286017432',
    status: 'site_clearance',
    history: [
      ['proposed', '2023-06-19'],
      ['policy_approved', '2024-01-25'],
      ['irc_issued', '2024-04-16'],
      ['site_clearance', '2024-06-03'],
    ],
    planned: ['2023-12-31', '2024-03-31', '2025-06-30', '2025-09-30', '2027-12-31'],
    description:
      'Dự án minh hoạ cho ngành hoá chất (bài báo: tăng 27,56 %). Vướng mắc về đất và hạ tầng đấu nối điện, đúng nhóm khó khăn bài báo nêu (đất đai, hạ tầng, nhân lực).',
    source: 'lc',
  },
  {
    code: 'LC-2025-005',
    name: 'Nhà máy sản phẩm cao su và nhựa Bảo Thắng',
    nameEn: 'Bảo Thắng rubber and plastic products factory',
    kind: 'factory',
    sector: 'manufacturing',
    unit: lcCommune('Bảo Thắng'),
    department: 'STC',
    investors: sole('nhuaBaoThang'),
    areaHa: 5.4,
    clearanceNeededHa: 5.4,
    clearanceDoneHa: 3.1,
    registeredCapitalTy: 210,
    disbursedCapitalTy: 15,
    jobsPlanned: 180,
    policyDecisionNumber: '0389/QĐ-UBND',
    ircNumber: '5274130698',
    status: 'suspended',
    history: [
      ['proposed', '2022-09-05'],
      ['policy_approved', '2023-02-20'],
      ['irc_issued', '2023-03-28'],
      ['site_clearance', '2023-05-02'],
      [
        'suspended',
        '2025-05-15',
        'Chậm tiến độ quá 24 tháng, đất chưa đưa vào sử dụng; nhà đầu tư gặp khó khăn về vốn',
      ],
    ],
    planned: ['2023-01-31', '2023-03-31', '2023-12-31', '2024-03-31', '2025-06-30'],
    description:
      'Dự án minh hoạ cho ngành cao su và plastic (bài báo: tăng 31,17 %) và cho trạng thái tạm dừng do chậm tiến độ.',
    source: 'lc',
  },
  {
    code: 'LC-2025-006',
    name: 'Nhà máy kết cấu thép tiền chế Văn Phú',
    nameEn: 'Văn Phú prefabricated steel structures plant',
    kind: 'factory',
    sector: 'manufacturing',
    unit: lcWard('Văn Phú'),
    department: 'STC',
    investors: sole('kiso'),
    areaHa: 11.3,
    clearanceNeededHa: 11.3,
    clearanceDoneHa: 11.3,
    registeredCapitalTy: 760,
    disbursedCapitalTy: 290,
    jobsPlanned: 520,
    policyDecisionNumber: '1164/QĐ-UBND',
    ircNumber: '1603927584',
    status: 'under_construction',
    history: [
      ['proposed', '2024-01-22'],
      ['policy_approved', '2024-06-11'],
      ['irc_issued', '2024-07-09'],
      ['site_clearance', '2024-07-30'],
      ['under_construction', '2025-03-12'],
    ],
    planned: ['2024-05-31', '2024-07-31', '2024-12-31', '2025-01-31', '2026-09-30'],
    landHandoverActual: '2025-02-20',
    description:
      'Dự án FDI minh hoạ cho ngành sản phẩm kim loại đúc sẵn (bài báo: tăng 80,8 %). Chủ trương đầu tư do tỉnh Yên Bái (cũ) chấp thuận.',
    source: 'lc',
  },
  {
    code: 'LC-2025-007',
    name: 'Nhà máy cơ khí và sản phẩm kim loại Cam Đường',
    nameEn: 'Cam Đường machinery and metal products factory',
    kind: 'factory',
    sector: 'manufacturing',
    unit: lcWard('Cam Đường'),
    department: 'SCT',
    investors: sole('coKhiCamDuong'),
    areaHa: 4,
    clearanceNeededHa: 4,
    clearanceDoneHa: 0,
    registeredCapitalTy: 150,
    disbursedCapitalTy: null,
    jobsPlanned: 160,
    status: 'proposed',
    history: [['proposed', '2025-08-18']],
    planned: ['2026-02-28', '2026-05-31', '2026-12-31', '2027-03-31', '2028-06-30'],
    description:
      'Dự án minh hoạ cho ngành sản xuất sản phẩm từ kim loại (bài báo: tăng 89,54 %), đang chờ chấp thuận chủ trương đầu tư.',
    source: 'lc',
  },
]

export interface DemoCounts {
  investors: number
  projects: number
  projectInvestors: number
  milestones: number
  statusChanges: number
}

function statusSteps(project: DemoProject): StatusStep[] {
  return project.history.map(([status, date, reason]) => ({
    status,
    date: day(date),
    reason: reason ?? defaultReason(status, project),
  }))
}

/** Checks the things a typo in the table above could break, before anything is written. */
function assertConsistent(project: DemoProject, steps: readonly StatusStep[]): void {
  assertValidHistory(project.code, steps, project.status)
  const policyDate = reachedOn(steps, 'policy_approved')
  const ircDate = reachedOn(steps, 'irc_issued')
  if (Boolean(policyDate) !== Boolean(project.policyDecisionNumber)) {
    throw new Error(`${project.code}: policy decision number and policy_approved step disagree`)
  }
  if (Boolean(ircDate) !== Boolean(project.ircNumber)) {
    throw new Error(`${project.code}: IRC number and irc_issued step disagree`)
  }
  const shares = project.investors.reduce((sum, i) => sum + (i.basisPoints ?? 0), 0)
  if (shares > 10_000) throw new Error(`${project.code}: capital shares exceed 100 %`)
  if (project.investors.filter((i) => i.role === 'lead').length !== 1) {
    throw new Error(`${project.code}: needs exactly one lead investor`)
  }
  if (project.landHandoverActual) {
    const clearanceStart = reachedOn(steps, 'site_clearance')
    if (!clearanceStart || day(project.landHandoverActual) < clearanceStart) {
      throw new Error(`${project.code}: land handed over before site clearance began`)
    }
  }
}

/**
 * Writes the demo investors and projects through Prisma. Expects the reference data to be
 * in place (seedReferenceData) and no demo project codes to exist yet.
 */
export async function seedDemoProjects(db: Prisma.TransactionClient): Promise<DemoCounts> {
  const { departmentIdByCode, unitByKey } = await loadReferenceIds(db)

  const investorIdByKey = new Map<InvestorKey, string>()
  for (const [key, investor] of Object.entries(DEMO_INVESTORS) as [InvestorKey, DemoInvestor][]) {
    const searchName = toSearchKey(investor.name)
    // upsert on the natural key, so seeding projects on top of existing investors is safe
    const row = await db.investor.upsert({
      where: { searchName },
      create: { name: investor.name, searchName, country: investor.country },
      update: {},
      select: { id: true },
    })
    investorIdByKey.set(key, row.id)
  }

  const counts: DemoCounts = {
    investors: investorIdByKey.size,
    projects: 0,
    projectInvestors: 0,
    milestones: 0,
    statusChanges: 0,
  }

  for (const project of DEMO_PROJECTS) {
    const steps = statusSteps(project)
    assertConsistent(project, steps)
    const unit = unitByKey.get(unitKey(...project.unit))
    if (!unit) throw new Error(`${project.code}: unknown administrative unit ${project.unit.join(' / ')}`)
    const departmentId = departmentIdByCode.get(project.department)
    if (!departmentId) throw new Error(`${project.code}: unknown department ${project.department}`)

    const investorNames = project.investors.map((i) => DEMO_INVESTORS[i.key].name)
    const foreign = project.investors.some((i) => DEMO_INVESTORS[i.key].country !== 'VN')
    const statusChanges = toStatusChanges(steps)
    const milestones = buildMilestones(
      project.planned.map(day) as [Date, Date, Date, Date, Date],
      steps,
      project.landHandoverActual ? day(project.landHandoverActual) : null,
    )
    const firstDate = steps[0]!.date
    const lastDate = steps[steps.length - 1]!.date

    await db.project.create({
      data: {
        code: project.code,
        name: project.name,
        nameEn: project.nameEn,
        nameSort: toSearchKey(project.name),
        kind: project.kind,
        sector: project.sector,
        status: project.status,
        unitId: unit.id,
        departmentId,
        areaHa: project.areaHa,
        clearanceNeededHa: project.clearanceNeededHa,
        clearanceDoneHa: project.clearanceDoneHa,
        registeredCapitalVnd: ty(project.registeredCapitalTy),
        disbursedCapitalVnd: project.disbursedCapitalTy === null ? null : ty(project.disbursedCapitalTy),
        investmentType: foreign ? 'fdi' : 'domestic',
        jobsPlanned: project.jobsPlanned,
        policyDecisionNumber: project.policyDecisionNumber ?? null,
        policyDecisionDate: reachedOn(steps, 'policy_approved'),
        ircNumber: project.ircNumber ?? null,
        ircDate: reachedOn(steps, 'irc_issued'),
        description: `${project.description} ${DEMO_NOTE}`,
        sourceTitle: SOURCES[project.source].title,
        sourceUrl: SOURCES[project.source].url,
        searchText: buildProjectSearchText({
          code: project.code,
          name: project.name,
          nameEn: project.nameEn,
          unitName: unit.name,
          unitFormerNames: unit.formerNames,
          investorNames,
        }),
        // The record "exists" since the proposal and was last touched at the last change,
        // so lists sorted by update time look like a real register.
        createdAt: firstDate,
        updatedAt: lastDate,
        investors: {
          create: project.investors.map((investor, position) => ({
            investorId: investorIdByKey.get(investor.key)!,
            role: investor.role,
            capitalShareBasisPoints: investor.basisPoints,
            position,
          })),
        },
        milestones: { create: milestones },
        statusChanges: {
          create: statusChanges.map((change) => ({ ...change, createdAt: change.effectiveDate })),
        },
      },
    })
    counts.projects += 1
    counts.projectInvestors += project.investors.length
    counts.milestones += milestones.length
    counts.statusChanges += statusChanges.length
  }
  return counts
}

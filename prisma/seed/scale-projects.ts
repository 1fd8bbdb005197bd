/**
 * Scale mode: N generated projects for performance work (lists, search, reports over
 * 10 000+ rows). Generated with a seeded PRNG so the same N and seed always give the same
 * data (ids excepted), and written with raw better-sqlite3 prepared statements in one
 * transaction: Prisma's per-row round trips would take minutes for ~100 000 rows.
 *
 * Values are written in Prisma's own storage format (see sqlite-values.ts) so that the app
 * reads, filters and sorts these rows exactly like rows it wrote itself.
 */

import { buildProjectSearchText } from '../../app/features/projects/project-search'
import {
  INVESTOR_COUNTRIES,
  LIFECYCLE_STATUSES,
  type InvestorCountry,
  type ProjectKind,
  type ProjectStatus,
  type Sector,
} from '../../app/features/projects/project-vocabulary'
import { toSearchKey } from '../../app/utils/search-key'
import { clearDatabaseRaw } from './clear'
import {
  assertValidHistory,
  buildMilestones,
  defaultReason,
  reachedOn,
  toStatusChanges,
  type StatusStep,
} from './lifecycle'
import {
  insertReferenceDataRaw,
  QUANG_NINH,
  type DepartmentCode,
  type ReferenceCounts,
  type SeededUnit,
} from './reference-data'
import { insertScaleObstacles, type ProjectForObstacles, type ScaleObstacleCounts } from './scale-obstacles'
import { addDays, day, MS_PER_DAY, newId, toSqliteDateTime, toSqliteDateTimeOrNull } from './sqlite-values'
import type Database from 'better-sqlite3'

// ——— deterministic randomness ———

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; good enough for fake data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export class Rng {
  private readonly next: () => number
  constructor(seed: number) {
    this.next = mulberry32(seed)
  }
  float(min = 0, max = 1): number {
    return min + (max - min) * this.next()
  }
  /** inclusive at both ends */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  chance(probability: number): boolean {
    return this.next() < probability
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[Math.floor(this.next() * items.length)]!
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
    let roll = this.next() * total
    for (const [value, weight] of entries) {
      roll -= weight
      if (roll < 0) return value
    }
    return entries[entries.length - 1]![0]
  }
  /** log-uniform: money and areas spread over orders of magnitude, mostly small */
  logUniform(min: number, max: number): number {
    return Math.exp(this.float(Math.log(min), Math.log(max)))
  }
}

const round1 = (value: number) => Math.round(value * 10) / 10

// ——— what projects look like, by kind ———

/** Wards whose names are coal-mining places (Hạ Long, Cẩm Phả, Uông Bí, Đông Triều). */
const COAL_UNIT_NAMES = new Set([
  'Hà Tu',
  'Hà Lầm',
  'Cẩm Phả',
  'Mông Dương',
  'Cửa Ông',
  'Quang Hanh',
  'Vàng Danh',
  'Yên Tử',
  'Hoàng Quế',
  'Mạo Khê',
])

const MINE_NAMES = [
  'Hà Tu',
  'Núi Béo',
  'Cao Sơn',
  'Khe Chàm',
  'Mông Dương',
  'Đèo Nai',
  'Cọc Sáu',
  'Hà Lầm',
  'Hà Ráng',
  'Vàng Danh',
  'Nam Mẫu',
  'Mạo Khê',
  'Khe Tam',
  'Dương Huy',
  'Quang Hanh',
  'Thống Nhất',
  'Tây Nam Đá Mài',
  'Bắc Cọc Sáu',
  'Tràng Bạch',
  'Hồng Thái',
  'Suối Lại',
  'Giáp Khẩu',
  'Bình Minh',
  'Núi Nhện',
  'Khe Sim',
  'Lộ Trí',
  'Ngã Hai',
  'Hòn Gai',
] as const
const MINE_VARIANTS = [
  '',
  ' mở rộng',
  ' giai đoạn 2',
  ' xuống sâu dưới mức -300',
  ' phần lò giếng',
  ' cải tạo, nâng công suất',
] as const

const FACTORY_PRODUCTS = [
  ['sản xuất linh kiện điện tử', 'electronic components'],
  ['may mặc xuất khẩu', 'export garments'],
  ['chế biến gỗ, tre, nứa', 'wood and bamboo processing'],
  ['đồ gỗ nội thất', 'wooden furniture'],
  ['giấy và bao bì', 'paper and packaging'],
  ['hoá chất', 'chemicals'],
  ['sản phẩm cao su', 'rubber products'],
  ['sản phẩm nhựa', 'plastic products'],
  ['kết cấu thép tiền chế', 'prefabricated steel structures'],
  ['cơ khí chính xác', 'precision engineering'],
  ['thiết bị điện', 'electrical equipment'],
  ['vật liệu xây dựng', 'building materials'],
  ['chế biến thuỷ sản', 'seafood processing'],
  ['pin và thiết bị lưu trữ điện', 'batteries and energy storage'],
  ['dây và cáp điện', 'wires and cables'],
  ['phụ tùng ô tô', 'automotive parts'],
] as const

const OBSTACLES = [
  'Vướng mắc về giá đất bồi thường.',
  'Chậm bàn giao đất sạch.',
  'Thiếu nguồn vốn đối ứng.',
  'Chờ điều chỉnh quy hoạch.',
  'Thiếu lao động kỹ thuật.',
  'Chưa có đấu nối hạ tầng điện, nước.',
  'Chờ thẩm định báo cáo đánh giá tác động môi trường.',
] as const

interface KindProfile {
  kind: ProjectKind
  sector: Sector
  weight: number
  departments: readonly (readonly [DepartmentCode, number])[]
  /** tỷ đồng */
  capitalTy: readonly [number, number]
  areaHa: readonly [number, number]
  jobs: readonly [number, number]
  /** days from construction start to commissioning, as planned */
  buildDays: number
  coalOnly: boolean
  /** parks build on land handed over in phases: handover may lag construction */
  phasedLand: boolean
  name: (rng: Rng, unit: SeededUnit) => { vi: string; en: string }
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const

const KIND_PROFILES: readonly KindProfile[] = [
  {
    kind: 'coal_mine',
    sector: 'mining',
    weight: 5,
    departments: [['SCT', 1]],
    capitalTy: [500, 30_000],
    areaHa: [100, 2_000],
    jobs: [300, 4_000],
    buildDays: 1_100,
    coalOnly: true,
    phasedLand: false,
    name: (rng) => {
      const mine = rng.pick(MINE_NAMES)
      return { vi: `Dự án khai thác lộ thiên mỏ ${mine}${rng.pick(MINE_VARIANTS)}`, en: `${mine} open-pit mine` }
    },
  },
  {
    kind: 'underground_mine',
    sector: 'mining',
    weight: 6,
    departments: [['SCT', 1]],
    capitalTy: [800, 60_000],
    areaHa: [80, 900],
    jobs: [500, 5_000],
    buildDays: 1_500,
    coalOnly: true,
    phasedLand: false,
    name: (rng) => {
      const mine = rng.pick(MINE_NAMES)
      return { vi: `Dự án khai thác hầm lò mỏ ${mine}${rng.pick(MINE_VARIANTS)}`, en: `${mine} underground mine` }
    },
  },
  {
    kind: 'coal_screening_plant',
    sector: 'mining',
    weight: 3,
    departments: [['SCT', 1]],
    capitalTy: [300, 4_000],
    areaHa: [5, 40],
    jobs: [80, 400],
    buildDays: 700,
    coalOnly: true,
    phasedLand: false,
    name: (rng) => {
      const mine = rng.pick(MINE_NAMES)
      return { vi: `Nhà máy sàng tuyển than ${mine}${rng.pick(MINE_VARIANTS)}`, en: `${mine} coal screening plant` }
    },
  },
  {
    kind: 'wind_power',
    sector: 'energy',
    weight: 5,
    departments: [['SCT', 1]],
    capitalTy: [1_000, 15_000],
    areaHa: [20, 300],
    jobs: [40, 250],
    buildDays: 800,
    coalOnly: false,
    phasedLand: false,
    name: (rng, unit) => {
      const phase = rng.pick(ROMAN)
      return { vi: `Dự án điện gió ${unit.name} ${phase}`, en: `${unit.name} wind farm ${phase}` }
    },
  },
  {
    kind: 'biomass_power',
    sector: 'energy',
    weight: 4,
    departments: [
      ['SCT', 4],
      ['SNNMT', 1],
    ],
    capitalTy: [300, 2_500],
    areaHa: [5, 25],
    jobs: [50, 200],
    buildDays: 700,
    coalOnly: false,
    phasedLand: false,
    name: (_rng, unit) => ({ vi: `Nhà máy điện sinh khối ${unit.name}`, en: `${unit.name} biomass power plant` }),
  },
  {
    kind: 'solar_power',
    sector: 'energy',
    weight: 6,
    departments: [['SCT', 1]],
    capitalTy: [20, 3_000],
    areaHa: [1, 60],
    jobs: [10, 80],
    buildDays: 300,
    coalOnly: false,
    phasedLand: false,
    name: (rng, unit) =>
      rng.chance(0.5)
        ? { vi: `Dự án điện mặt trời mái nhà xưởng ${unit.name}`, en: `${unit.name} rooftop solar` }
        : { vi: `Dự án điện mặt trời kết hợp lưu trữ ${unit.name}`, en: `${unit.name} solar and storage` },
  },
  {
    kind: 'industrial_park',
    sector: 'construction',
    weight: 6,
    departments: [['BQLKKT', 1]],
    capitalTy: [800, 9_000],
    areaHa: [150, 1_500],
    jobs: [5_000, 45_000],
    buildDays: 1_800,
    coalOnly: false,
    phasedLand: true,
    name: (rng, unit) => {
      const suffix = rng.pick(['', ' mở rộng', ' giai đoạn 2', ' phía Bắc', ' phía Nam'] as const)
      return {
        vi: `Khu công nghiệp ${unit.name}${suffix}`,
        en: `${unit.name} Industrial Park${suffix ? ` (${suffix.trim()})` : ''}`,
      }
    },
  },
  {
    kind: 'industrial_cluster',
    sector: 'construction',
    weight: 8,
    departments: [['SCT', 1]],
    capitalTy: [100, 900],
    areaHa: [20, 75],
    jobs: [500, 5_000],
    buildDays: 900,
    coalOnly: false,
    phasedLand: true,
    name: (rng, unit) => {
      const number = rng.int(1, 3)
      return { vi: `Cụm công nghiệp ${unit.name} ${number}`, en: `${unit.name} Industrial Cluster ${number}` }
    },
  },
  {
    kind: 'factory',
    sector: 'manufacturing',
    weight: 40,
    departments: [
      ['BQLKKT', 5],
      ['STC', 4],
      ['SCT', 1],
    ],
    capitalTy: [20, 5_000],
    areaHa: [1, 40],
    jobs: [50, 6_000],
    buildDays: 500,
    coalOnly: false,
    phasedLand: false,
    name: (rng, unit) => {
      const [vi, en] = rng.pick(FACTORY_PRODUCTS)
      return { vi: `Nhà máy ${vi} ${unit.name}`, en: `${unit.name} ${en} factory` }
    },
  },
  {
    kind: 'logistics',
    sector: 'transport_logistics',
    weight: 8,
    departments: [
      ['SXD', 7],
      ['BQLKKT', 3],
    ],
    capitalTy: [100, 4_000],
    areaHa: [5, 120],
    jobs: [50, 800],
    buildDays: 700,
    coalOnly: false,
    phasedLand: false,
    name: (rng, unit) =>
      rng.pick([
        { vi: `Trung tâm logistics ${unit.name}`, en: `${unit.name} logistics centre` },
        { vi: `Cảng cạn ICD ${unit.name}`, en: `${unit.name} inland container depot` },
        { vi: `Kho ngoại quan ${unit.name}`, en: `${unit.name} bonded warehouse` },
      ]),
  },
  {
    kind: 'other',
    sector: 'water_waste',
    weight: 9,
    departments: [
      ['SNNMT', 7],
      ['SXD', 3],
    ],
    capitalTy: [30, 1_500],
    areaHa: [1, 30],
    jobs: [10, 150],
    buildDays: 500,
    coalOnly: false,
    phasedLand: false,
    name: (rng, unit) =>
      rng.pick([
        { vi: `Nhà máy xử lý chất thải rắn ${unit.name}`, en: `${unit.name} solid waste treatment plant` },
        { vi: `Nhà máy nước sạch ${unit.name}`, en: `${unit.name} water supply plant` },
        { vi: `Trạm xử lý nước thải tập trung ${unit.name}`, en: `${unit.name} central wastewater treatment` },
      ]),
  },
]

const KIND_WEIGHTS = KIND_PROFILES.map((profile) => [profile, profile.weight] as const)

const STATUS_WEIGHTS: readonly (readonly [ProjectStatus, number])[] = [
  ['proposed', 14],
  ['policy_approved', 14],
  ['irc_issued', 14],
  ['site_clearance', 16],
  ['under_construction', 18],
  ['operating', 18],
  ['suspended', 4],
  ['cancelled', 2],
]

/** Days between consecutive statuses (min, max), indexed by the status reached. */
const STEP_GAP_DAYS: Record<ProjectStatus, readonly [number, number]> = {
  proposed: [0, 0],
  policy_approved: [60, 540],
  irc_issued: [20, 240],
  site_clearance: [10, 180],
  under_construction: [60, 720],
  operating: [180, 1_100],
  suspended: [90, 700],
  cancelled: [90, 900],
}

/** The day the generated register is "as of": no status change is later. Fixed, not
 * Date.now(), so that a seed is reproducible. */
export const SCALE_AS_OF = day('2026-10-31')
const EARLIEST_PROPOSAL = day('2015-01-01')

// ——— investors ———

const VN_FORMS = ['Công ty CP', 'Công ty TNHH', 'Công ty CP Tập đoàn', 'Tổng công ty'] as const
const VN_FIELDS = [
  'Đầu tư',
  'Đầu tư và Phát triển',
  'Xây dựng',
  'Năng lượng',
  'Khoáng sản',
  'Cơ khí',
  'Dệt may',
  'Lâm sản',
  'Hoá chất',
  'Nhựa',
  'Logistics',
  'Điện tử',
  'Công nghiệp',
  'Vật liệu xây dựng',
  'Môi trường',
  'Thương mại',
  'Hạ tầng',
  'Than',
  'Điện lực',
  'Cảng biển',
] as const
const VN_BRANDS = [
  'Hạ Long',
  'Bãi Cháy',
  'Vân Đồn',
  'Cẩm Phả',
  'Uông Bí',
  'Đông Triều',
  'Quảng Yên',
  'Tiên Yên',
  'Móng Cái',
  'Yên Tử',
  'Lào Cai',
  'Yên Bái',
  'Hoàng Liên',
  'Sa Pa',
  'Thác Bà',
  'An Phát',
  'Thịnh Phát',
  'Hưng Thịnh',
  'Phú Cường',
  'Minh Khang',
  'Thành Công',
  'Việt Hưng',
  'Đông Bắc',
  'Tây Bắc',
  'Sông Hồng',
  'Bạch Đằng',
  'Hòa Bình',
  'Tân Tiến',
  'Đại Dương',
  'Phương Nam',
  'Trường Sơn',
  'Hồng Gai',
  'Cửa Lục',
  'Bắc Việt',
  'Đức Thành',
  'Kim Long',
] as const
const VN_TAILS = ['', '', '', ' Việt Nam', ' Quảng Ninh', ' Miền Bắc', ' Toàn Cầu'] as const

// Made-up names built from syllables of each country's company names; the syllables are
// chosen so that they do not spell real groups (the demo seed uses the real ones).
const FOREIGN_SYLLABLES: Record<Exclude<InvestorCountry, 'VN'>, readonly [readonly string[], readonly string[]]> = {
  KR: [
    ['Han', 'Dae', 'Seo', 'Mi', 'Hyo', 'Sung', 'Jin', 'Dong', 'Sam', 'Kum', 'Young', 'Jeon'],
    ['bit', 'won', 'jin', 'rae', 'san', 'woo', 'il', 'yang', 'hwa', 'kwang'],
  ],
  JP: [
    ['Ki', 'Tani', 'Hoku', 'Mina', 'Sato', 'Naka', 'Yama', 'Kawa', 'Ota', 'Asa', 'Mori'],
    ['so', 'tec', 'den', 'moto', 'shima', 'gawa', 'zaki', 'hara', 'ya'],
  ],
  CN: [
    ['Hong', 'Jin', 'Hua', 'Xin', 'Long', 'Tian', 'Fu', 'Sheng', 'Yuan', 'Kai', 'He'],
    ['da', 'xing', 'tai', 'feng', 'hai', 'cheng', 'yang', 'kou', 'an'],
  ],
  TW: [
    ['Tai', 'Chen', 'Lin', 'Yu', 'Wei', 'Chang', 'Kuo'],
    ['yang', 'hsin', 'feng', 'mao', 'li', 'sheng'],
  ],
  HK: [
    ['Pac', 'Wing', 'Kwun', 'Lai', 'Sun'],
    ['ific', 'tai', 'fung', 'on', 'wah'],
  ],
  SG: [
    ['Sem', 'Kep', 'Lion', 'Marina', 'Orchid'],
    ['corp', 'bay', 'link', 'tech'],
  ],
  TH: [
    ['Siam', 'Chao', 'Krung', 'Nakhon', 'Rattana'],
    ['wat', 'rat', 'phon', 'thep', 'sak'],
  ],
  US: [
    ['Blue', 'Great', 'North', 'Pacific', 'Summit'],
    ['ridge', 'lake', 'star', 'field'],
  ],
  DE: [
    ['Rhein', 'Nord', 'Berg', 'Stahl', 'Elb'],
    ['werk', 'tech', 'mann', 'bau'],
  ],
  FR: [
    ['Val', 'Mont', 'Lumi', 'Beau'],
    ['ence', 'ère', 'tech', 'vert'],
  ],
  GB: [
    ['Thames', 'Albion', 'Kings', 'Oak'],
    ['gate', 'ford', 'well', 'ton'],
  ],
  NL: [
    ['Delta', 'Oranje', 'Zee', 'Maas'],
    ['stad', 'dam', 'land', 'tech'],
  ],
  AU: [
    ['Coral', 'Outback', 'Southern', 'Tasman'],
    ['cross', 'gate', 'field', 'bay'],
  ],
  OTHER: [
    ['Nova', 'Orion', 'Atlas', 'Vega'],
    ['tron', 'lex', 'mar', 'dex'],
  ],
}
const FOREIGN_INDUSTRIES = [
  'Electronics',
  'Precision',
  'Materials',
  'Energy',
  'Textile',
  'Furniture',
  'Chemical',
  'Plastics',
  'Steel',
  'Logistics',
  'Components',
  'Packaging',
  'Power',
  'Industrial',
] as const
const COMPANY_SUFFIX: Record<Exclude<InvestorCountry, 'VN'>, string> = {
  KR: 'Co., Ltd.',
  JP: 'Corporation',
  CN: 'Co., Ltd.',
  TW: 'Co., Ltd.',
  HK: 'Limited',
  SG: 'Pte. Ltd.',
  TH: 'Public Company Limited',
  US: 'Inc.',
  DE: 'GmbH',
  FR: 'SAS',
  GB: 'Ltd',
  NL: 'B.V.',
  AU: 'Pty Ltd',
  OTHER: 'Ltd.',
}

const COUNTRY_WEIGHTS: readonly (readonly [InvestorCountry, number])[] = [
  ['VN', 750],
  ['KR', 100],
  ['JP', 60],
  ['CN', 70],
  ['TW', 40],
  ['HK', 20],
  ['SG', 30],
  ['TH', 30],
  ['US', 15],
  ['DE', 8],
  ['FR', 5],
  ['GB', 5],
  ['NL', 5],
  ['AU', 5],
  ['OTHER', 7],
]

// Keep the weights honest if someone extends the vocabulary.
for (const country of INVESTOR_COUNTRIES) {
  if (!COUNTRY_WEIGHTS.some(([c]) => c === country)) throw new Error(`No weight for country ${country}`)
}

interface GeneratedInvestor {
  id: string
  name: string
  country: InvestorCountry
}

function investorName(rng: Rng, country: InvestorCountry): string {
  if (country === 'VN') {
    return `${rng.pick(VN_FORMS)} ${rng.pick(VN_FIELDS)} ${rng.pick(VN_BRANDS)}${rng.pick(VN_TAILS)}`
  }
  const [heads, tails] = FOREIGN_SYLLABLES[country]
  return `${rng.pick(heads)}${rng.pick(tails)} ${rng.pick(FOREIGN_INDUSTRIES)} ${COMPANY_SUFFIX[country]}`
}

function generateInvestors(rng: Rng, count: number): GeneratedInvestor[] {
  const seen = new Set<string>()
  const investors: GeneratedInvestor[] = []
  for (let i = 0; i < count; i++) {
    const country = rng.weighted(COUNTRY_WEIGHTS)
    let name = investorName(rng, country)
    // searchName is unique; retry a few names, then make one unique with a branch number
    for (let attempt = 0; seen.has(toSearchKey(name)) && attempt < 10; attempt++) {
      name = investorName(rng, country)
    }
    if (seen.has(toSearchKey(name))) name = `${name} – chi nhánh ${i + 1}`
    seen.add(toSearchKey(name))
    investors.push({ id: newId(), name, country })
  }
  return investors
}

// ——— projects ———

function buildHistory(rng: Rng, status: ProjectStatus): ProjectStatus[] {
  if (status === 'suspended' || status === 'cancelled') {
    // interrupted at some stage from proposed to under_construction: at most 6 rows
    const stage = rng.int(0, 4)
    return [...LIFECYCLE_STATUSES.slice(0, stage + 1), status]
  }
  return LIFECYCLE_STATUSES.slice(0, LIFECYCLE_STATUSES.indexOf(status as (typeof LIFECYCLE_STATUSES)[number]) + 1)
}

/** Spreads the history's dates between EARLIEST_PROPOSAL and SCALE_AS_OF, strictly rising. */
function datesFor(rng: Rng, statuses: readonly ProjectStatus[]): Date[] {
  const gaps = statuses.map((status, i) => (i === 0 ? 0 : rng.int(...STEP_GAP_DAYS[status])))
  let total = gaps.reduce((sum, gap) => sum + gap, 0)
  const span = Math.floor((SCALE_AS_OF.getTime() - EARLIEST_PROPOSAL.getTime()) / MS_PER_DAY)
  if (total > span) {
    const factor = span / total
    for (let i = 1; i < gaps.length; i++) gaps[i] = Math.max(1, Math.floor(gaps[i]! * factor))
    total = gaps.reduce((sum, gap) => sum + gap, 0)
  }
  // skewed towards recent proposals: a register holds more young projects than old ones
  const slack = span - total
  const start = addDays(SCALE_AS_OF, -total - Math.floor(slack * rng.float() ** 1.6))
  let cursor = start
  return gaps.map((gap) => (cursor = addDays(cursor, gap)))
}

function plannedDates(rng: Rng, proposal: Date, profile: KindProfile): [Date, Date, Date, Date, Date] {
  const nominal = [180, 90, 270, 60, profile.buildDays]
  let cursor = proposal
  const planned = nominal.map((days) => (cursor = addDays(cursor, Math.round(days * rng.float(0.6, 1.2)))))
  return planned as [Date, Date, Date, Date, Date]
}

function capitalShares(rng: Rng, count: number): (number | null)[] {
  if (count === 1) return [rng.chance(0.9) ? 10_000 : null]
  const lead = rng.int(51, 90) * 100
  let remaining = 10_000 - lead
  const shares = [lead]
  for (let i = 1; i < count; i++) {
    const last = i === count - 1
    // sometimes a slice stays with shareholders not registered as investors: sum < 100 %
    const share = last
      ? rng.chance(0.8)
        ? remaining
        : Math.floor(remaining / 2)
      : rng.int(1, Math.max(1, Math.floor(remaining / 100) - 1)) * 100
    shares.push(Math.min(share, remaining))
    remaining -= Math.min(share, remaining)
  }
  return shares
}

function disbursedShare(rng: Rng, reached: ProjectStatus): number | null {
  switch (reached) {
    case 'proposed':
      return null
    case 'policy_approved':
      return 0
    case 'irc_issued':
      return rng.float(0, 0.05)
    case 'site_clearance':
      return rng.float(0.02, 0.2)
    case 'under_construction':
      return rng.float(0.15, 0.8)
    default:
      return rng.float(0.8, 1)
  }
}

function clearanceDone(rng: Rng, reached: ProjectStatus, needed: number): number {
  switch (reached) {
    case 'proposed':
    case 'policy_approved':
      return 0
    case 'irc_issued':
      return round1(needed * rng.float(0, 0.1))
    case 'site_clearance':
      return round1(needed * rng.float(0.05, 0.95))
    case 'under_construction':
      return rng.chance(0.6) ? needed : round1(needed * rng.float(0.7, 1))
    default:
      return rng.chance(0.9) ? needed : round1(needed * rng.float(0.85, 1))
  }
}

const digits = (rng: Rng, length: number) =>
  String(rng.int(1, 9)) + Array.from({ length: length - 1 }, () => rng.int(0, 9)).join('')

export interface ScaleCounts extends ReferenceCounts, ScaleObstacleCounts {
  investors: number
  projects: number
  projectInvestors: number
  milestones: number
  statusChanges: number
}

export interface ScaleOptions {
  /** PRNG seed; the same seed and n give the same data */
  seed?: number
}

/**
 * Empties the database, writes the reference data, n generated projects and their
 * obstacles (scale-obstacles.ts), all in one better-sqlite3 transaction. Investors come
 * from a pool of about n/5, so most investors hold several projects as in a real register.
 */
export function seedScaleProjects(sqlite: Database.Database, n: number, options: ScaleOptions = {}): ScaleCounts {
  if (!Number.isInteger(n) || n < 0) throw new Error(`Project count must be a whole number, got ${n}`)
  const seed = options.seed ?? 20250731
  const rng = new Rng(seed)
  // A stream of its own, so the obstacles do not shift the projects a seed gives.
  const obstacleRng = new Rng(seed ^ 0x0b57ac1e)

  const run = sqlite.transaction((): ScaleCounts => {
    clearDatabaseRaw(sqlite)
    const reference = insertReferenceDataRaw(sqlite)
    const units = [...reference.ids.unitByKey.values()]
    const coalUnits = units.filter((u) => u.province === QUANG_NINH && COAL_UNIT_NAMES.has(u.name))

    const insertInvestor = sqlite.prepare(
      `INSERT INTO "Investor" ("id", "name", "searchName", "country", "contact", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, '', ?, ?)`,
    )
    const insertProject = sqlite.prepare(
      `INSERT INTO "Project" ("id", "code", "name", "nameEn", "nameSort", "kind", "sector", "status",
         "unitId", "departmentId", "areaHa", "clearanceNeededHa", "clearanceDoneHa",
         "registeredCapitalVnd", "disbursedCapitalVnd", "investmentType", "jobsPlanned",
         "policyDecisionNumber", "policyDecisionDate", "ircNumber", "ircDate", "description",
         "sourceTitle", "sourceUrl", "searchText", "version", "deletedAt", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, 1, NULL, ?, ?)`,
    )
    const insertLink = sqlite.prepare(
      `INSERT INTO "ProjectInvestor" ("projectId", "investorId", "role", "capitalShareBasisPoints", "position")
       VALUES (?, ?, ?, ?, ?)`,
    )
    const insertMilestone = sqlite.prepare(
      `INSERT INTO "Milestone" ("id", "projectId", "kind", "plannedDate", "actualDate") VALUES (?, ?, ?, ?, ?)`,
    )
    const insertStatusChange = sqlite.prepare(
      `INSERT INTO "StatusChange" ("id", "projectId", "fromStatus", "toStatus", "effectiveDate", "reason", "note", "createdAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )

    const investors = generateInvestors(rng, n === 0 ? 0 : Math.max(10, Math.round(n / 5)))
    const domesticInvestors = investors.filter((i) => i.country === 'VN')
    const registerOpened = toSqliteDateTime(day('2025-07-01'))
    for (const investor of investors) {
      insertInvestor.run(
        investor.id,
        investor.name,
        toSearchKey(investor.name),
        investor.country,
        registerOpened,
        registerOpened,
      )
    }

    const counts = {
      ...reference.counts,
      investors: investors.length,
      projects: 0,
      projectInvestors: 0,
      milestones: 0,
      statusChanges: 0,
    }
    const forObstacles: ProjectForObstacles[] = []
    const sequenceByPrefixYear = new Map<string, number>()
    const usedNames = new Map<string, number>()

    for (let i = 0; i < n; i++) {
      const profile = rng.weighted(KIND_WEIGHTS)
      const unit = rng.pick(profile.coalOnly ? coalUnits : units)
      const departmentCode = rng.weighted(profile.departments)
      const departmentId = reference.ids.departmentIdByCode.get(departmentCode)!

      // names repeat across a big register; number the repeats as later phases
      const generated = profile.name(rng, unit)
      const repeat = usedNames.get(generated.vi) ?? 0
      usedNames.set(generated.vi, repeat + 1)
      const name = repeat === 0 ? generated.vi : `${generated.vi} (giai đoạn ${repeat + 1})`
      const nameEn = rng.chance(0.7) ? (repeat === 0 ? generated.en : `${generated.en} (phase ${repeat + 1})`) : null

      const status = rng.weighted(STATUS_WEIGHTS)
      const statuses = buildHistory(rng, status)
      const dates = datesFor(rng, statuses)
      const policyDecisionNumber = statuses.includes('policy_approved') ? `${rng.int(100, 4999)}/QĐ-UBND` : null
      const ircNumber = statuses.includes('irc_issued') ? digits(rng, 10) : null
      const obstacle =
        status === 'site_clearance' || status === 'suspended' || rng.chance(0.1) ? rng.pick(OBSTACLES) : null
      const steps: StatusStep[] = statuses.map((s, k) => ({
        status: s,
        date: dates[k]!,
        reason:
          s === 'suspended'
            ? `Tạm dừng: ${obstacle ?? 'chậm tiến độ'}`
            : s === 'cancelled'
              ? 'Chấm dứt hoạt động dự án do chậm tiến độ, nhà đầu tư không tiếp tục thực hiện'
              : defaultReason(s, { policyDecisionNumber, ircNumber }),
      }))
      assertValidHistory(`generated project ${i}`, steps, status)
      const reached = statuses.filter((s) => s !== 'suspended' && s !== 'cancelled').at(-1)!
      const proposal = dates[0]!
      const lastChange = dates[dates.length - 1]!

      const prefix = unit.province === QUANG_NINH ? 'QN' : 'LC'
      const prefixYear = `${prefix}-${proposal.getUTCFullYear()}`
      const sequence = (sequenceByPrefixYear.get(prefixYear) ?? 0) + 1
      sequenceByPrefixYear.set(prefixYear, sequence)
      const code = `${prefixYear}-${String(sequence).padStart(4, '0')}`

      // investors: coal is a state (TKV) business, so coal projects draw domestic investors
      const pool = profile.coalOnly && domesticInvestors.length >= 3 ? domesticInvestors : investors
      const investorCount = rng.weighted([
        [1, 60],
        [2, 30],
        [3, 10],
      ] as const)
      const chosen: GeneratedInvestor[] = []
      while (chosen.length < Math.min(investorCount, pool.length)) {
        const candidate = rng.pick(pool)
        if (!chosen.includes(candidate)) chosen.push(candidate)
      }
      const shares = capitalShares(rng, chosen.length)
      const foreign = chosen.some((investor) => investor.country !== 'VN')

      const areaHa = round1(rng.logUniform(...profile.areaHa))
      const needsClearance = !(profile.kind === 'factory' && departmentCode === 'BQLKKT') // IP plots come cleared
      const clearanceNeededHa = needsClearance ? round1(areaHa * rng.float(0.3, 1)) : null
      const capitalTy = rng.logUniform(...profile.capitalTy)
      const registered = BigInt(Math.round(capitalTy * 10)) * 100_000_000n
      const disbursedRatio = disbursedShare(rng, reached)
      const disbursed =
        disbursedRatio === null ? null : (registered * BigInt(Math.round(disbursedRatio * 1000))) / 1000n

      const underConstruction = reachedOn(steps, 'under_construction')
      const landActual =
        underConstruction && !(profile.phasedLand && rng.chance(0.3))
          ? new Date(
              Math.max(
                reachedOn(steps, 'site_clearance')!.getTime() + MS_PER_DAY,
                addDays(underConstruction, -rng.int(0, 45)).getTime(),
              ),
            )
          : null
      const milestones = buildMilestones(plannedDates(rng, proposal, profile), steps, landActual)

      const id = newId()
      insertProject.run(
        id,
        code,
        name,
        nameEn,
        toSearchKey(name),
        profile.kind,
        profile.sector,
        status,
        unit.id,
        departmentId,
        areaHa,
        clearanceNeededHa,
        clearanceNeededHa === null ? null : clearanceDone(rng, reached, clearanceNeededHa),
        registered,
        disbursed,
        foreign ? 'fdi' : 'domestic',
        rng.int(...profile.jobs),
        policyDecisionNumber,
        toSqliteDateTimeOrNull(reachedOn(steps, 'policy_approved')),
        ircNumber,
        toSqliteDateTimeOrNull(reachedOn(steps, 'irc_issued')),
        `Dự án sinh tự động để thử tải.${obstacle ? ` ${obstacle}` : ''} Số liệu minh hoạ (dữ liệu demo).`,
        buildProjectSearchText({
          code,
          name,
          nameEn,
          unitName: unit.name,
          unitFormerNames: unit.formerNames,
          investorNames: chosen.map((investor) => investor.name),
        }),
        toSqliteDateTime(proposal),
        toSqliteDateTime(lastChange),
      )
      chosen.forEach((investor, position) => {
        insertLink.run(id, investor.id, position === 0 ? 'lead' : 'partner', shares[position] ?? null, position)
      })
      for (const milestone of milestones) {
        insertMilestone.run(
          newId(),
          id,
          milestone.kind,
          toSqliteDateTimeOrNull(milestone.plannedDate),
          toSqliteDateTimeOrNull(milestone.actualDate),
        )
      }
      for (const change of toStatusChanges(steps)) {
        const effective = toSqliteDateTime(change.effectiveDate)
        insertStatusChange.run(
          newId(),
          id,
          change.fromStatus,
          change.toStatus,
          effective,
          change.reason,
          change.note,
          effective,
        )
      }
      counts.projects += 1
      counts.projectInvestors += chosen.length
      counts.milestones += milestones.length
      counts.statusChanges += steps.length
      forObstacles.push({
        id,
        status,
        proposal,
        departmentCode,
        leadInvestor: chosen[0]?.name ?? null,
      })
    }
    const obstacles = insertScaleObstacles(
      sqlite,
      obstacleRng,
      forObstacles,
      reference.ids.departmentIdByCode,
      SCALE_AS_OF,
    )
    return { ...counts, ...obstacles }
  })
  return run()
}

/**
 * Reference data: departments, communes/wards/special zones and exchange rates.
 *
 * DEMO DATA. The administrative units are the post-1-July-2025 units (two-level local
 * government) where the projects of the two source articles lie, written from the best
 * available knowledge of the 2025 reorganisation (Nghị quyết of the UBTVQH on Quảng Ninh,
 * Đề án 373/ĐA-CP; Yên Bái merged into Lào Cai). The lists of former names are partial and
 * meant for searching by old names, not as an authoritative gazetteer. Exchange rates are
 * illustrative, not the State Bank's published rates.
 */
import { day, newId, toSqliteDateTime } from './sqlite-values'
import type { UnitKind } from '../../app/features/projects/project-vocabulary'
import type { Prisma } from '@prisma/client'
import type Database from 'better-sqlite3'

export type DepartmentCode = 'SCT' | 'STC' | 'BQLKKT' | 'SNNMT' | 'SXD'

export interface DepartmentSeed {
  code: DepartmentCode
  nameVi: string
  nameEn: string
}

export const DEPARTMENTS: readonly DepartmentSeed[] = [
  { code: 'SCT', nameVi: 'Sở Công Thương', nameEn: 'Department of Industry and Trade' },
  {
    code: 'STC',
    // Since 2025 the Department of Planning and Investment is part of Finance; it issues
    // investment registration certificates for projects outside industrial parks.
    nameVi: 'Sở Tài chính',
    nameEn: 'Department of Finance (planning and investment)',
  },
  {
    code: 'BQLKKT',
    nameVi: 'Ban Quản lý Khu kinh tế Quảng Ninh',
    nameEn: 'Quảng Ninh Economic Zone Authority',
  },
  {
    code: 'SNNMT',
    nameVi: 'Sở Nông nghiệp và Môi trường',
    nameEn: 'Department of Agriculture and Environment',
  },
  {
    code: 'SXD',
    // Transport was merged into Construction in 2025, so logistics projects land here.
    nameVi: 'Sở Xây dựng',
    nameEn: 'Department of Construction',
  },
]

export const QUANG_NINH = 'Quảng Ninh'
export const LAO_CAI = 'Lào Cai'

export interface AdministrativeUnitSeed {
  name: string
  kind: UnitKind
  province: string
  /** pre-2025 names: merged communes/wards and the abolished district / town / city */
  formerNames: readonly string[]
}

function ward(province: string, name: string, formerNames: readonly string[]): AdministrativeUnitSeed {
  return { name, kind: 'ward', province, formerNames }
}
function commune(province: string, name: string, formerNames: readonly string[]): AdministrativeUnitSeed {
  return { name, kind: 'commune', province, formerNames }
}
function specialZone(province: string, name: string, formerNames: readonly string[]): AdministrativeUnitSeed {
  return { name, kind: 'special_zone', province, formerNames }
}

const HA_LONG = 'Thành phố Hạ Long'
const CAM_PHA = 'Thành phố Cẩm Phả'
const UONG_BI = 'Thành phố Uông Bí'
const QUANG_YEN = 'Thị xã Quảng Yên'
const YEN_BAI_CITY = 'Thành phố Yên Bái'
const YEN_BAI_PROVINCE = 'Tỉnh Yên Bái'

export const ADMINISTRATIVE_UNITS: readonly AdministrativeUnitSeed[] = [
  // Hạ Long (Hà Ráng mine; the former Hoành Bồ district, where biomass is proposed)
  ward(QUANG_NINH, 'Hà Tu', ['Phường Hà Phong', HA_LONG]),
  ward(QUANG_NINH, 'Hà Lầm', [HA_LONG]),
  ward(QUANG_NINH, 'Hoành Bồ', ['Thị trấn Trới', 'Huyện Hoành Bồ', HA_LONG]),
  commune(QUANG_NINH, 'Quảng La', ['Xã Bằng Cả', 'Xã Dân Chủ', 'Xã Tân Dân', 'Huyện Hoành Bồ', HA_LONG]),
  commune(QUANG_NINH, 'Thống Nhất', ['Xã Vũ Oai', 'Xã Hòa Bình', 'Xã Đồng Lâm', 'Huyện Hoành Bồ', HA_LONG]),
  // Cẩm Phả (Cọc Sáu – Đèo Nai, Mông Dương, Cửa Ông)
  ward(QUANG_NINH, 'Cẩm Phả', ['Phường Cẩm Phú', 'Phường Cẩm Sơn', 'Phường Cẩm Tây', CAM_PHA]),
  ward(QUANG_NINH, 'Mông Dương', [CAM_PHA]),
  ward(QUANG_NINH, 'Cửa Ông', [CAM_PHA]),
  ward(QUANG_NINH, 'Quang Hanh', [CAM_PHA]),
  // Uông Bí (Nam Mẫu lies in the former Thượng Yên Công commune, below Yên Tử)
  ward(QUANG_NINH, 'Vàng Danh', [UONG_BI]),
  ward(QUANG_NINH, 'Yên Tử', ['Xã Thượng Yên Công', UONG_BI]),
  // Đông Triều (Tràng Bạch area; city since 1 Nov 2024, a town before)
  ward(QUANG_NINH, 'Hoàng Quế', ['Xã Hồng Thái Đông', 'Xã Hồng Thái Tây', 'Thành phố Đông Triều', 'Thị xã Đông Triều']),
  ward(QUANG_NINH, 'Mạo Khê', ['Thành phố Đông Triều', 'Thị xã Đông Triều']),
  // Quảng Yên (Sông Khoai, Nam and Bắc Tiền Phong industrial parks)
  ward(QUANG_NINH, 'Quảng Yên', [QUANG_YEN]),
  ward(QUANG_NINH, 'Hiệp Hòa', ['Xã Sông Khoai', 'Xã Hiệp Hòa', 'Xã Cẩm La', QUANG_YEN]),
  ward(QUANG_NINH, 'Liên Hòa', ['Xã Tiền Phong', 'Xã Liên Vị', 'Xã Liên Hòa', QUANG_YEN]),
  ward(QUANG_NINH, 'Phong Cốc', ['Phường Phong Hải', QUANG_YEN]),
  // East: Tiên Yên, Đầm Hà, Hải Hà (Hải Hà industrial park)
  commune(QUANG_NINH, 'Tiên Yên', ['Thị trấn Tiên Yên', 'Xã Phong Dụ', 'Xã Tiên Lãng', 'Huyện Tiên Yên']),
  commune(QUANG_NINH, 'Đầm Hà', ['Thị trấn Đầm Hà', 'Huyện Đầm Hà']),
  commune(QUANG_NINH, 'Quảng Hà', ['Thị trấn Quảng Hà', 'Huyện Hải Hà']),
  specialZone(QUANG_NINH, 'Vân Đồn', ['Huyện Vân Đồn']),
  specialZone(QUANG_NINH, 'Cô Tô', ['Huyện Cô Tô']),

  // Lào Cai, including the former Yên Bái province (merged on 1 July 2025)
  ward(LAO_CAI, 'Lào Cai', ['Thành phố Lào Cai']),
  ward(LAO_CAI, 'Cam Đường', ['Thành phố Lào Cai']),
  commune(LAO_CAI, 'Tằng Loỏng', ['Thị trấn Tằng Loỏng', 'Huyện Bảo Thắng']),
  commune(LAO_CAI, 'Bảo Thắng', ['Thị trấn Phố Lu', 'Huyện Bảo Thắng']),
  ward(LAO_CAI, 'Yên Bái', [YEN_BAI_CITY, YEN_BAI_PROVINCE]),
  ward(LAO_CAI, 'Văn Phú', ['Xã Văn Phú', 'Xã Văn Tiến', YEN_BAI_CITY, YEN_BAI_PROVINCE]),
  ward(LAO_CAI, 'Âu Lâu', ['Xã Âu Lâu', YEN_BAI_CITY, YEN_BAI_PROVINCE]),
  commune(LAO_CAI, 'Trấn Yên', ['Thị trấn Cổ Phúc', 'Huyện Trấn Yên', YEN_BAI_PROVINCE]),
  commune(LAO_CAI, 'Yên Bình', ['Thị trấn Yên Bình', 'Huyện Yên Bình', YEN_BAI_PROVINCE]),
]

export interface ExchangeRateSeed {
  date: Date
  vndPerUsd: number
}

export const EXCHANGE_RATE_SOURCE = 'Demo: tỷ giá minh hoạ (không phải tỷ giá công bố của Ngân hàng Nhà nước)'

export const EXCHANGE_RATES: readonly ExchangeRateSeed[] = [
  { date: day('2025-01-02'), vndPerUsd: 25_450 },
  { date: day('2025-03-31'), vndPerUsd: 25_620 },
  { date: day('2025-06-30'), vndPerUsd: 26_110 },
  { date: day('2025-07-31'), vndPerUsd: 26_210 },
  { date: day('2025-09-30'), vndPerUsd: 26_360 },
  { date: day('2025-12-31'), vndPerUsd: 26_280 },
  { date: day('2026-03-31'), vndPerUsd: 26_150 },
  { date: day('2026-06-30'), vndPerUsd: 26_230 },
  { date: day('2026-09-30'), vndPerUsd: 26_320 },
]

export function joinFormerNames(names: readonly string[]): string {
  return names.join('; ')
}

export function unitKey(province: string, kind: UnitKind, name: string): string {
  return `${province}|${kind}|${name}`
}

/** What the project seeders need to know about a unit once it is in the database. */
export interface SeededUnit {
  id: string
  name: string
  kind: UnitKind
  province: string
  formerNames: string
}

export interface ReferenceIds {
  departmentIdByCode: Map<DepartmentCode, string>
  unitByKey: Map<string, SeededUnit>
}

export interface ReferenceCounts {
  departments: number
  administrativeUnits: number
  exchangeRates: number
}

/** Writes the reference data through Prisma (demo mode). Expects empty tables. */
export async function seedReferenceData(db: Prisma.TransactionClient): Promise<ReferenceCounts> {
  await db.department.createMany({ data: DEPARTMENTS.map((department) => ({ ...department })) })
  await db.administrativeUnit.createMany({
    data: ADMINISTRATIVE_UNITS.map((unit) => ({
      name: unit.name,
      kind: unit.kind,
      province: unit.province,
      formerNames: joinFormerNames(unit.formerNames),
    })),
  })
  await db.exchangeRate.createMany({
    data: EXCHANGE_RATES.map((rate) => ({ ...rate, source: EXCHANGE_RATE_SOURCE })),
  })
  return {
    departments: DEPARTMENTS.length,
    administrativeUnits: ADMINISTRATIVE_UNITS.length,
    exchangeRates: EXCHANGE_RATES.length,
  }
}

/** Reads back the ids Prisma generated, keyed the way the seed data refers to them. */
export async function loadReferenceIds(db: Prisma.TransactionClient): Promise<ReferenceIds> {
  const departments = await db.department.findMany({ select: { id: true, code: true } })
  const units = await db.administrativeUnit.findMany()
  return {
    departmentIdByCode: new Map(departments.map((d) => [d.code as DepartmentCode, d.id])),
    unitByKey: new Map(
      units.map((u) => [
        unitKey(u.province, u.kind as UnitKind, u.name),
        { id: u.id, name: u.name, kind: u.kind as UnitKind, province: u.province, formerNames: u.formerNames },
      ]),
    ),
  }
}

/**
 * The same reference data written with raw SQL (scale mode), so that the wipe, the
 * reference data and the generated projects share one better-sqlite3 transaction.
 */
export function insertReferenceDataRaw(sqlite: Database.Database): {
  ids: ReferenceIds
  counts: ReferenceCounts
} {
  const insertDepartment = sqlite.prepare(
    'INSERT INTO "Department" ("id", "code", "nameVi", "nameEn") VALUES (?, ?, ?, ?)',
  )
  const insertUnit = sqlite.prepare(
    'INSERT INTO "AdministrativeUnit" ("id", "name", "kind", "province", "formerNames") VALUES (?, ?, ?, ?, ?)',
  )
  const insertRate = sqlite.prepare(
    'INSERT INTO "ExchangeRate" ("id", "date", "vndPerUsd", "source") VALUES (?, ?, ?, ?)',
  )
  const departmentIdByCode = new Map<DepartmentCode, string>()
  for (const department of DEPARTMENTS) {
    const id = newId()
    insertDepartment.run(id, department.code, department.nameVi, department.nameEn)
    departmentIdByCode.set(department.code, id)
  }
  const unitByKey = new Map<string, SeededUnit>()
  for (const unit of ADMINISTRATIVE_UNITS) {
    const id = newId()
    const formerNames = joinFormerNames(unit.formerNames)
    insertUnit.run(id, unit.name, unit.kind, unit.province, formerNames)
    unitByKey.set(unitKey(unit.province, unit.kind, unit.name), {
      id,
      name: unit.name,
      kind: unit.kind,
      province: unit.province,
      formerNames,
    })
  }
  for (const rate of EXCHANGE_RATES) {
    insertRate.run(newId(), toSqliteDateTime(rate.date), rate.vndPerUsd, EXCHANGE_RATE_SOURCE)
  }
  return {
    ids: { departmentIdByCode, unitByKey },
    counts: {
      departments: DEPARTMENTS.length,
      administrativeUnits: ADMINISTRATIVE_UNITS.length,
      exchangeRates: EXCHANGE_RATES.length,
    },
  }
}

/**
 * Scale mode's obstacles register: about 0.3 obstacles per generated project (more on
 * projects clearing their site or suspended, few on operating ones), 1–3 measures each
 * (0–1 while still open), and a dialogue meeting for every ~250 projects where a fifth of
 * the obstacles were raised. Written with raw better-sqlite3 statements inside the scale
 * seeder's transaction, in Prisma's storage format (see sqlite-values.ts), and with its
 * own PRNG stream so adding obstacles does not change the generated projects.
 *
 * As of SCALE_AS_OF, like the projects: the unresolved obstacles whose deadline is before
 * it are overdue then, and more of them each day after.
 */

import {
  type ObstacleCategory,
  type ObstaclePriority,
  type ObstacleStatus,
  buildObstacleSearchText,
  obstacleCode,
} from '../../app/features/obstacles/obstacle-rules'
import { DEPARTMENTS, type DepartmentCode } from './reference-data'
import { addDays, MS_PER_DAY, newId, toSqliteDateTime, toSqliteDateTimeOrNull } from './sqlite-values'
import type { ProjectStatus } from '../../app/features/projects/project-vocabulary'
import type Database from 'better-sqlite3'

/** The few facts about a generated project its obstacles need. */
export interface ProjectForObstacles {
  id: string
  status: ProjectStatus
  proposal: Date
  departmentCode: DepartmentCode
  leadInvestor: string | null
}

/** A structural stand-in for scale-projects.ts's Rng (it imports this module). */
interface Random {
  float(min?: number, max?: number): number
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  weighted<T>(entries: readonly (readonly [T, number])[]): T
}

export interface ScaleObstacleCounts {
  obstacles: number
  obstacleDepartments: number
  obstacleMeasures: number
  dialogueMeetings: number
  dialogueMeetingProjects: number
}

/** Chance that a project has an obstacle (a fifth of those have two): ~0.3 per project overall. */
const OBSTACLE_CHANCE: Record<ProjectStatus, number> = {
  proposed: 0.05,
  policy_approved: 0.15,
  irc_issued: 0.25,
  site_clearance: 0.6,
  under_construction: 0.35,
  operating: 0.08,
  suspended: 0.5,
  cancelled: 0.05,
}

const CATEGORY_WEIGHTS: readonly (readonly [ObstacleCategory, number])[] = [
  ['land', 28],
  ['infrastructure', 18],
  ['human_resources', 12],
  ['procedures', 22],
  ['capital', 10],
  ['market', 5],
  ['other', 5],
]
/** A project clearing its site is held back by land more than anything else. */
const CLEARANCE_CATEGORY_WEIGHTS: readonly (readonly [ObstacleCategory, number])[] = [
  ['land', 65],
  ['infrastructure', 8],
  ['procedures', 15],
  ['capital', 8],
  ['other', 4],
]

/** The department usually asked to help, besides the project's own. */
const PARTNER_DEPARTMENT: Record<ObstacleCategory, DepartmentCode> = {
  land: 'SNNMT',
  infrastructure: 'SXD',
  human_resources: 'SCT',
  procedures: 'STC',
  capital: 'STC',
  market: 'SCT',
  other: 'SNNMT',
}

const TITLES: Record<ObstacleCategory, readonly string[]> = {
  land: [
    'Vướng mắc về giá đất bồi thường',
    'Chậm bàn giao đất sạch',
    'Hộ dân chưa đồng ý phương án bồi thường, hỗ trợ, tái định cư',
    'Chưa xong thủ tục chuyển mục đích sử dụng đất rừng',
    'Chồng lấn ranh giới thửa đất với dự án lân cận',
    'Chờ phê duyệt khu tái định cư',
    'Đất nuôi trồng thuỷ sản chưa thu hồi được',
  ],
  infrastructure: [
    'Chưa có đấu nối điện trung thế đến dự án',
    'Chưa có tuyến cấp nước sạch đến ranh giới dự án',
    'Đường vào dự án chưa được đầu tư',
    'Trạm xử lý nước thải tập trung chưa hoàn thành',
    'Chưa có điểm đấu nối thoát nước mưa',
  ],
  human_resources: [
    'Thiếu lao động kỹ thuật',
    'Thiếu công nhân phổ thông',
    'Thiếu kỹ sư vận hành dây chuyền',
    'Chưa có nhà ở cho công nhân',
  ],
  procedures: [
    'Chờ thẩm định báo cáo đánh giá tác động môi trường',
    'Chờ điều chỉnh quy hoạch',
    'Chậm cấp giấy phép xây dựng',
    'Chờ điều chỉnh Giấy chứng nhận đăng ký đầu tư',
    'Chờ thẩm duyệt thiết kế phòng cháy, chữa cháy',
  ],
  capital: ['Thiếu nguồn vốn đối ứng', 'Chậm giải ngân vốn vay ngân hàng', 'Đề nghị hỗ trợ chi phí san lấp mặt bằng'],
  market: ['Đơn hàng xuất khẩu giảm', 'Giá nguyên liệu đầu vào tăng cao'],
  other: ['Khiếu nại của người dân về tiếng ồn, bụi', 'Chờ ý kiến của bộ, ngành trung ương'],
}

const MEASURES: readonly string[] = [
  'Làm việc với chủ đầu tư, thống nhất kế hoạch xử lý.',
  'Kiểm tra hiện trường cùng chính quyền xã, phường.',
  'Có văn bản đề nghị các cơ quan liên quan phối hợp xử lý.',
  'Tổ chức đối thoại với các hộ dân liên quan.',
  'Hướng dẫn doanh nghiệp hoàn thiện hồ sơ.',
  'Báo cáo UBND tỉnh kết quả xử lý và đề xuất.',
  'Họp liên ngành, giao nhiệm vụ và thời hạn cho từng cơ quan.',
]

const RESOLVED = 'Đã xử lý xong; doanh nghiệp xác nhận không còn vướng mắc.'
const RESOLUTIONS: Record<ObstacleCategory, readonly string[]> = {
  land: [RESOLVED, 'Các hộ đã nhận tiền bồi thường; đã bàn giao mặt bằng.', 'Đã được giao đất, cho thuê đất.'],
  infrastructure: [RESOLVED, 'Đã đấu nối xong, dự án đã sử dụng.'],
  human_resources: [RESOLVED, 'Doanh nghiệp đã tuyển đủ lao động qua các phiên giao dịch việc làm.'],
  procedures: [RESOLVED, 'Hồ sơ đã được phê duyệt.'],
  capital: [RESOLVED, 'Ngân hàng đã giải ngân theo hợp đồng tín dụng.'],
  market: [RESOLVED],
  other: [RESOLVED],
}

const MEETING_CHAIRS = [
  'Giám đốc Sở Công Thương',
  'Phó Chủ tịch UBND tỉnh',
  'Trưởng ban Quản lý Khu kinh tế',
  'Giám đốc Sở Tài chính',
] as const
const MEETING_PLACES = [
  'Trụ sở Sở Công Thương',
  'Trung tâm Hội nghị tỉnh',
  'Trụ sở Ban Quản lý Khu kinh tế',
  'Hội trường UBND tỉnh',
] as const

const UNRESOLVED_WEIGHTS: readonly (readonly [ObstacleStatus, number])[] = [
  ['open', 35],
  ['in_progress', 50],
  ['escalated', 15],
]

const GENERATED_NOTE = 'Sinh tự động để thử tải. Số liệu minh hoạ (dữ liệu demo).'
/** How far back obstacles and meetings go from SCALE_AS_OF. */
const HISTORY_DAYS = 900
const MEETING_HISTORY_DAYS = 720

interface Meeting {
  id: string
  date: Date
  chair: string
  projectIds: Set<string>
  enterprises: Set<string>
}

interface GeneratedObstacle {
  project: ProjectForObstacles
  raisedOn: Date
  meeting: Meeting | null
  raisedByKind: 'enterprise' | 'meeting' | 'department'
  raisedByName: string
}

const departmentName = new Map(DEPARTMENTS.map((department) => [department.code, department.nameVi]))

function daysBetween(later: Date, earlier: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / MS_PER_DAY)
}

/**
 * Writes the meetings, obstacles (coded OBS-0001… in the order they were raised), their
 * responsible departments and measures. Call inside the scale seeder's transaction, after
 * the projects.
 */
export function insertScaleObstacles(
  sqlite: Database.Database,
  rng: Random,
  projects: readonly ProjectForObstacles[],
  departmentIdByCode: ReadonlyMap<DepartmentCode, string>,
  asOf: Date,
): ScaleObstacleCounts {
  const counts: ScaleObstacleCounts = {
    obstacles: 0,
    obstacleDepartments: 0,
    obstacleMeasures: 0,
    dialogueMeetings: 0,
    dialogueMeetingProjects: 0,
  }
  if (projects.length === 0) return counts
  const insertMeeting = sqlite.prepare(
    `INSERT INTO "DialogueMeeting" ("id", "date", "place", "chair", "enterprises", "notes", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertMeetingProject = sqlite.prepare(
    `INSERT INTO "DialogueMeetingProject" ("meetingId", "projectId") VALUES (?, ?)`,
  )
  const insertObstacle = sqlite.prepare(
    `INSERT INTO "Obstacle" ("id", "code", "projectId", "category", "title", "description", "raisedOn",
       "raisedByKind", "raisedByName", "meetingId", "deadline", "priority", "status", "resolutionNote",
       "closedReason", "finishedOn", "searchText", "version", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertDepartment = sqlite.prepare(
    `INSERT INTO "ObstacleDepartment" ("obstacleId", "departmentId") VALUES (?, ?)`,
  )
  const insertMeasure = sqlite.prepare(
    `INSERT INTO "ObstacleMeasure" ("id", "obstacleId", "date", "description", "departmentId", "documentRef",
       "enteredById", "enteredByName", "createdAt")
     VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?)`,
  )
  const departmentId = (code: DepartmentCode) => {
    const id = departmentIdByCode.get(code)
    if (!id) throw new Error(`Scale obstacles: unknown department ${code}`)
    return id
  }

  const meetings: Meeting[] = Array.from({ length: Math.max(1, Math.round(projects.length / 250)) }, () => ({
    id: newId(),
    date: addDays(asOf, -rng.int(0, MEETING_HISTORY_DAYS)),
    chair: rng.pick(MEETING_CHAIRS),
    projectIds: new Set<string>(),
    enterprises: new Set<string>(),
  }))

  // Who raised what, and when; codes follow once they are in the order they were raised.
  const raised: GeneratedObstacle[] = []
  for (const project of projects) {
    if (!rng.chance(OBSTACLE_CHANCE[project.status])) continue
    const howMany = rng.chance(0.2) ? 2 : 1
    const earliest = Math.max(project.proposal.getTime(), addDays(asOf, -HISTORY_DAYS).getTime())
    const span = Math.max(0, daysBetween(asOf, new Date(earliest)))
    for (let k = 0; k < howMany; k++) {
      const meeting = rng.chance(0.2) ? rng.pick(meetings) : null
      if (meeting && meeting.date.getTime() >= earliest) {
        meeting.projectIds.add(project.id)
        if (project.leadInvestor) meeting.enterprises.add(project.leadInvestor)
        raised.push({ project, raisedOn: meeting.date, meeting, raisedByKind: 'meeting', raisedByName: meeting.chair })
        continue
      }
      // Recent obstacles outnumber old ones: old ones were mostly cleared and forgotten.
      const raisedOn = addDays(asOf, -Math.floor(span * rng.float() ** 1.5))
      const byEnterprise = project.leadInvestor !== null && rng.chance(0.75)
      raised.push({
        project,
        raisedOn,
        meeting: null,
        raisedByKind: byEnterprise ? 'enterprise' : 'department',
        raisedByName: byEnterprise ? project.leadInvestor! : departmentName.get(project.departmentCode)!,
      })
    }
  }
  raised.sort((a, b) => a.raisedOn.getTime() - b.raisedOn.getTime())

  for (const meeting of meetings) {
    // A few projects come without an obstacle to raise.
    for (let extra = rng.int(0, 4); extra > 0; extra--) meeting.projectIds.add(rng.pick(projects).id)
    const date = toSqliteDateTime(meeting.date)
    insertMeeting.run(
      meeting.id,
      date,
      rng.pick(MEETING_PLACES),
      meeting.chair,
      [...meeting.enterprises].join('\n'),
      `Hội nghị đối thoại với doanh nghiệp. ${GENERATED_NOTE}`,
      date,
      date,
    )
    for (const projectId of meeting.projectIds) insertMeetingProject.run(meeting.id, projectId)
    counts.dialogueMeetings += 1
    counts.dialogueMeetingProjects += meeting.projectIds.size
  }

  for (const [index, item] of raised.entries()) {
    const { project, raisedOn } = item
    const id = newId()
    const code = obstacleCode(index + 1)
    const category = rng.weighted(project.status === 'site_clearance' ? CLEARANCE_CATEGORY_WEIGHTS : CATEGORY_WEIGHTS)
    const title = rng.pick(TITLES[category])
    const description = GENERATED_NOTE
    const { raisedByName } = item
    const deadline = addDays(raisedOn, rng.int(20, 150))
    const priority = rng.weighted<ObstaclePriority>([
      ['high', 25],
      ['medium', 50],
      ['low', 25],
    ])

    // The older an obstacle, the likelier it has been dealt with; a cancelled project's are closed.
    const age = daysBetween(asOf, raisedOn)
    const finished = project.status === 'cancelled' || rng.chance(Math.min(0.9, 0.1 + age / 500))
    const status: ObstacleStatus =
      project.status === 'cancelled'
        ? 'closed'
        : finished
          ? rng.chance(0.9)
            ? 'resolved'
            : 'closed'
          : rng.weighted(UNRESOLVED_WEIGHTS)
    const finishedOn = finished ? addDays(raisedOn, rng.int(0, Math.max(0, Math.min(age, 200)))) : null
    const resolutionNote = status === 'resolved' ? rng.pick(RESOLUTIONS[category]) : null
    const closedReason =
      status === 'closed'
        ? project.status === 'cancelled'
          ? 'Dự án đã chấm dứt hoạt động.'
          : 'Không thuộc thẩm quyền xử lý của tỉnh; đã trả lời doanh nghiệp.'
        : null

    const responsible: DepartmentCode[] = [project.departmentCode]
    const partner = PARTNER_DEPARTMENT[category]
    if (partner !== project.departmentCode && rng.chance(0.4)) responsible.push(partner)

    // Measures between the day it was raised and the day it finished (or the as-of day).
    const until = finishedOn ?? asOf
    const window = daysBetween(until, raisedOn)
    const measureCount = status === 'open' ? rng.int(0, 1) : rng.int(1, 3)
    const measureDates = Array.from({ length: measureCount }, () => addDays(raisedOn, rng.int(0, window))).sort(
      (a, b) => a.getTime() - b.getTime(),
    )
    const lastTouched = [raisedOn, finishedOn, ...measureDates]
      .filter((date): date is Date => date !== null)
      .reduce((latest, date) => (date > latest ? date : latest))

    insertObstacle.run(
      id,
      code,
      project.id,
      category,
      title,
      description,
      toSqliteDateTime(raisedOn),
      item.raisedByKind,
      raisedByName,
      item.meeting?.id ?? null,
      toSqliteDateTime(deadline),
      priority,
      status,
      resolutionNote,
      closedReason,
      toSqliteDateTimeOrNull(finishedOn),
      buildObstacleSearchText({ title, description, raisedByName }, code),
      status === 'open' ? 1 : status === 'closed' ? 2 : 3,
      toSqliteDateTime(raisedOn),
      toSqliteDateTime(lastTouched),
    )
    for (const department of responsible) insertDepartment.run(id, departmentId(department))
    for (const date of measureDates) {
      const stored = toSqliteDateTime(date)
      insertMeasure.run(
        newId(),
        id,
        stored,
        rng.pick(MEASURES),
        departmentId(rng.pick(responsible)),
        rng.chance(0.3) ? `${rng.int(100, 2999)}/${rng.pick(responsible)}` : null,
        stored,
      )
    }
    counts.obstacles += 1
    counts.obstacleDepartments += responsible.length
    counts.obstacleMeasures += measureDates.length
  }
  return counts
}

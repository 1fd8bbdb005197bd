/**
 * Demo obstacles and a dialogue meeting, drawn from the two source articles (July 2025):
 *  - Báo Quảng Ninh: the industrial parks that must clear sites and hand over "clean land"
 *    (Sông Khoai, Hải Hà, Nam Tiền Phong), the Nam Mẫu coal screening plant's land, and the
 *    Department of Industry and Trade's regular dialogues with enterprises;
 *  - Báo Lào Cai: the province helps remove obstacles of land, infrastructure and human
 *    resources; here, workers for the processing plants.
 *
 * Dates are counted from the day the seeder runs, so the register looks current whenever
 * the demo starts: three obstacles past their deadline (one raised at the meeting and not
 * yet picked up), others in progress with dated measures, one escalated to the provincial
 * People's Committee, one resolved with its resolution note and one closed with a reason.
 * They are written the way app/features/obstacles/obstacle.server.ts writes them (codes, search text,
 * the meeting's projects), without audit rows, as the other demo data.
 *
 * DEMO DATA: the obstacles, measures, document numbers and the meeting are illustrative
 * ("Số liệu minh hoạ"), not official records.
 */

import {
  type ObstacleCategory,
  type ObstaclePriority,
  type ObstacleStatus,
  buildObstacleSearchText,
  obstacleCode,
} from '../../app/features/obstacles/obstacle-rules'
import { provinceToday } from '../../app/utils/format'
import { DEMO_INVESTORS } from './demo-projects'
import { DEMO_USERS } from './demo-users'
import { addDays } from './sqlite-values'
import type { DepartmentCode } from './reference-data'
import type { Prisma } from '@prisma/client'

const DEMO_NOTE = 'Số liệu minh hoạ (dữ liệu demo), không phải số liệu chính thức.'

/** The dialogue meeting, `daysAgo` days before the seeding day. */
export const DEMO_MEETING = {
  daysAgo: 45,
  place: 'Trụ sở Sở Công Thương tỉnh Quảng Ninh',
  chair: 'Giám đốc Sở Công Thương tỉnh Quảng Ninh',
  enterprises: [
    DEMO_INVESTORS.namMau.name,
    DEMO_INVESTORS.hanbit.name,
    DEMO_INVESTORS.taiYang.name,
    DEMO_INVESTORS.amata.name,
  ],
  /** present, besides the projects of the obstacles raised there */
  projects: ['QN-2025-008'],
  notes:
    'Hội nghị đối thoại định kỳ giữa Sở Công Thương và doanh nghiệp ngành công nghiệp để nắm bắt, tháo gỡ khó khăn, vướng mắc (Báo Quảng Ninh, 7/2025: Sở Công Thương thường xuyên đối thoại với doanh nghiệp). ' +
    'Các doanh nghiệp nêu 3 vướng mắc về đất đai và hạ tầng; Sở giao các cơ quan liên quan xử lý và báo cáo kết quả. ' +
    DEMO_NOTE,
} as const

interface DemoMeasure {
  daysAgo: number
  department: DepartmentCode
  description: string
  documentRef?: string
}

export interface DemoObstacle {
  project: string
  category: ObstacleCategory
  title: string
  description: string
  /** who raised it and when; 'meeting' means at DEMO_MEETING, on its day */
  raised: 'meeting' | { kind: 'enterprise' | 'department'; name: string; daysAgo: number }
  departments: readonly [DepartmentCode, ...DepartmentCode[]]
  /** days from the seeding day: negative is past (overdue while unresolved) */
  deadlineInDays: number
  priority: ObstaclePriority
  status: ObstacleStatus
  measures: readonly DemoMeasure[]
  /** resolved: the note and how many days ago; closed: the reason */
  finished?: { daysAgo: number; note: string }
}

export const DEMO_OBSTACLES: readonly DemoObstacle[] = [
  {
    project: 'QN-2025-009',
    category: 'land',
    title: 'Giải phóng mặt bằng giai đoạn 2 KCN Hải Hà: 37 hộ chưa đồng ý phương án bồi thường',
    description:
      'Phần diện tích giai đoạn 2 còn 37 hộ nuôi trồng thuỷ sản chưa nhận tiền bồi thường, đề nghị mức hỗ trợ chuyển đổi nghề cao hơn khung của tỉnh; nhà đầu tư thứ cấp đang chờ mặt bằng sạch.',
    raised: { kind: 'enterprise', name: DEMO_INVESTORS.texhong.name, daysAgo: 210 },
    departments: ['BQLKKT', 'SNNMT'],
    deadlineInDays: 25,
    priority: 'high',
    status: 'escalated',
    measures: [
      {
        daysAgo: 180,
        department: 'BQLKKT',
        description: 'Phối hợp UBND xã Quảng Hà đối thoại với các hộ chưa đồng ý phương án bồi thường.',
      },
      {
        daysAgo: 120,
        department: 'SNNMT',
        description: 'Thẩm định lại giá đất cụ thể làm căn cứ tính bồi thường phần diện tích còn lại.',
        documentRef: 'Tờ trình 412/TTr-SNNMT',
      },
      {
        daysAgo: 35,
        department: 'BQLKKT',
        description:
          'Báo cáo UBND tỉnh, đề xuất cơ chế hỗ trợ bổ sung cho hộ nuôi trồng thuỷ sản vượt thẩm quyền của Ban; chuyển vướng mắc lên UBND tỉnh.',
        documentRef: 'Báo cáo 1187/BC-BQLKKT',
      },
    ],
  },
  {
    project: 'LC-2025-001',
    category: 'human_resources',
    title: 'Thiếu khoảng 300 công nhân may cho dây chuyền mới của nhà máy may xuất khẩu Yên Bái',
    description:
      'Doanh nghiệp mở thêm dây chuyền theo đơn hàng xuất khẩu nhưng chỉ tuyển được một phần lao động cần thiết.',
    raised: { kind: 'enterprise', name: DEMO_INVESTORS.mayHongHa.name, daysAgo: 170 },
    departments: ['SCT', 'STC'],
    deadlineInDays: -50,
    priority: 'medium',
    status: 'resolved',
    measures: [
      {
        daysAgo: 150,
        department: 'SCT',
        description:
          'Kết nối doanh nghiệp với trung tâm dịch vụ việc làm của tỉnh; tổ chức phiên giao dịch việc làm tại phường Yên Bái.',
      },
      {
        daysAgo: 100,
        department: 'STC',
        description: 'Hướng dẫn doanh nghiệp hồ sơ đề nghị hỗ trợ đào tạo nghề cho lao động mới tuyển.',
      },
      {
        daysAgo: 60,
        department: 'SCT',
        description: 'Phiên tuyển dụng thứ ba tại các xã lân cận; doanh nghiệp tuyển thêm 140 lao động.',
      },
    ],
    finished: {
      daysAgo: 55,
      note: 'Doanh nghiệp đã tuyển đủ 320 lao động qua ba phiên giao dịch việc làm; dây chuyền mới chạy đủ ca.',
    },
  },
  {
    project: 'QN-2025-008',
    category: 'land',
    title: 'Còn khoảng 100 ha đất nuôi trồng thuỷ sản chưa bàn giao tại KCN Sông Khoai',
    description:
      'Phần diện tích còn lại của KCN Sông Khoai là đầm nuôi trồng thuỷ sản; các hộ đề nghị hỗ trợ chuyển đổi nghề trước khi bàn giao. Nhà đầu tư thứ cấp đã đăng ký thuê đất trên phần diện tích này.',
    raised: { kind: 'enterprise', name: DEMO_INVESTORS.amata.name, daysAgo: 150 },
    departments: ['BQLKKT', 'SNNMT'],
    deadlineInDays: -18,
    priority: 'high',
    status: 'in_progress',
    measures: [
      {
        daysAgo: 140,
        department: 'BQLKKT',
        description: 'Rà soát hiện trạng, lập danh sách 64 hộ nuôi trồng thuỷ sản trong phạm vi chưa bàn giao.',
      },
      {
        daysAgo: 90,
        department: 'SNNMT',
        description: 'Xác định giá đất cụ thể, trình phê duyệt phương án bồi thường phần diện tích còn lại.',
        documentRef: 'Tờ trình 377/TTr-SNNMT',
      },
      {
        daysAgo: 40,
        department: 'BQLKKT',
        description:
          'Chi trả bồi thường đợt 1 cho 28 hộ đã đồng ý phương án; các hộ còn lại đề nghị hỗ trợ chuyển đổi nghề.',
      },
      {
        daysAgo: 12,
        department: 'BQLKKT',
        description:
          'Đề nghị UBND phường Hiệp Hòa vận động các hộ còn lại; hạn xử lý đã qua, dự kiến bàn giao trong quý sau.',
        documentRef: 'Công văn 2034/BQLKKT-QHXD',
      },
    ],
  },
  {
    project: 'QN-2025-010',
    category: 'capital',
    title: 'Đề nghị ngân sách tỉnh hỗ trợ chi phí san lấp mặt bằng KCN Nam Tiền Phong',
    description: 'Nhà đầu tư hạ tầng đề nghị tỉnh hỗ trợ một phần chi phí san lấp do giá vật liệu san lấp tăng.',
    raised: { kind: 'enterprise', name: DEMO_INVESTORS.namTienPhong.name, daysAgo: 130 },
    departments: ['BQLKKT', 'STC'],
    deadlineInDays: -70,
    priority: 'low',
    status: 'closed',
    measures: [
      {
        daysAgo: 100,
        department: 'STC',
        description: 'Rà soát quy định hiện hành về hỗ trợ đầu tư hạ tầng khu công nghiệp từ ngân sách tỉnh.',
      },
    ],
    finished: {
      daysAgo: 95,
      note: 'Không thuộc đối tượng hỗ trợ: chi phí san lấp do nhà đầu tư hạ tầng tự bảo đảm theo GCN đăng ký đầu tư; đã trả lời doanh nghiệp bằng văn bản.',
    },
  },
  {
    project: 'LC-2025-002',
    category: 'human_resources',
    title: 'Thiếu kỹ thuật viên vận hành dây chuyền chế biến gỗ ghép thanh',
    description:
      'Nhà máy chưa vận hành được dây chuyền gỗ ghép thanh vì thiếu khoảng 40 kỹ thuật viên; lao động phổ thông đã đủ.',
    raised: { kind: 'enterprise', name: DEMO_INVESTORS.lamSanTranYen.name, daysAgo: 80 },
    departments: ['SCT'],
    deadlineInDays: 35,
    priority: 'medium',
    status: 'in_progress',
    measures: [
      {
        daysAgo: 60,
        department: 'SCT',
        description:
          'Phối hợp trường cao đẳng nghề của tỉnh mở lớp đào tạo ngắn hạn 40 học viên theo đặt hàng của doanh nghiệp.',
      },
    ],
  },
  // ——— raised at the dialogue meeting ———
  {
    project: 'QN-2025-004',
    category: 'land',
    title: 'Chuyển mục đích sử dụng 7,4 ha đất rừng sản xuất cho nhà máy sàng tuyển than Nam Mẫu',
    description:
      'Phần diện tích chưa bàn giao của nhà máy là đất rừng sản xuất; hồ sơ chuyển mục đích sử dụng rừng chưa được thẩm định nên chưa khởi công được toàn bộ.',
    raised: 'meeting',
    departments: ['SNNMT', 'SCT'],
    deadlineInDays: -6,
    priority: 'high',
    status: 'in_progress',
    measures: [
      {
        daysAgo: 38,
        department: 'SNNMT',
        description: 'Hướng dẫn chủ đầu tư hoàn thiện hồ sơ đề nghị chuyển mục đích sử dụng rừng.',
      },
      {
        daysAgo: 20,
        department: 'SCT',
        description: 'Đề nghị Sở Nông nghiệp và Môi trường ưu tiên thẩm định hồ sơ của dự án.',
        documentRef: 'Công văn 1562/SCT-QLCN',
      },
    ],
  },
  {
    project: 'QN-2025-013',
    category: 'infrastructure',
    title: 'Chưa có đấu nối điện 22 kV và cấp nước đến lô đất của nhà máy Hanbit trong KCN Sông Khoai',
    description: 'Nhà đầu tư cần điện và nước trước khi khởi công nhà xưởng; tuyến kỹ thuật của KCN chưa tới lô đất.',
    raised: 'meeting',
    departments: ['BQLKKT', 'SCT'],
    deadlineInDays: 15,
    priority: 'medium',
    status: 'in_progress',
    measures: [
      {
        daysAgo: 30,
        department: 'BQLKKT',
        description: 'Làm việc với chủ đầu tư hạ tầng KCN, thống nhất tiến độ kéo tuyến cấp nước đến lô đất.',
      },
      {
        daysAgo: 10,
        department: 'SCT',
        description: 'Đề nghị Công ty Điện lực Quảng Ninh bổ sung lộ 22 kV vào kế hoạch đầu tư lưới điện năm nay.',
      },
    ],
  },
  {
    project: 'QN-2025-012',
    category: 'infrastructure',
    title: 'Đường vào cụm nhà xưởng Mạo Khê xuống cấp, xe container không vào được khi mưa',
    description: 'Doanh nghiệp phải trung chuyển hàng xuất khẩu bằng xe nhỏ, tăng chi phí và chậm giao hàng.',
    raised: 'meeting',
    departments: ['SXD'],
    deadlineInDays: -3,
    priority: 'medium',
    status: 'open',
    measures: [],
  },
  {
    project: 'LC-2025-006',
    category: 'human_resources',
    title: 'Thiếu thợ hàn kết cấu thép có chứng chỉ cho đơn hàng xuất khẩu',
    description:
      'Đơn hàng xuất khẩu yêu cầu thợ hàn có chứng chỉ quốc tế; trên địa bàn chưa có cơ sở đào tạo, sát hạch.',
    raised: { kind: 'enterprise', name: DEMO_INVESTORS.kiso.name, daysAgo: 15 },
    departments: ['SCT', 'STC'],
    deadlineInDays: 45,
    priority: 'low',
    status: 'open',
    measures: [],
  },
]

export interface ObstacleCounts {
  obstacles: number
  obstacleMeasures: number
  dialogueMeetings: number
}

/** The statuses an obstacle passed through to reach `status`, as the version it ends on. */
const VERSION_BY_STATUS: Record<ObstacleStatus, number> = {
  open: 1,
  in_progress: 2,
  escalated: 3,
  resolved: 3,
  closed: 2,
}

function raisedDaysAgo(obstacle: DemoObstacle): number {
  return obstacle.raised === 'meeting' ? DEMO_MEETING.daysAgo : obstacle.raised.daysAgo
}

/** The seed data must be something the app's own forms would accept. */
export function assertConsistentObstacle(obstacle: DemoObstacle): void {
  const where = `Demo obstacle "${obstacle.title}"`
  const raised = raisedDaysAgo(obstacle)
  if (raised < 0) throw new Error(`${where}: raised in the future`)
  if (-obstacle.deadlineInDays > raised) throw new Error(`${where}: deadline before it was raised`)
  const finishedAt = obstacle.finished?.daysAgo ?? 0
  const finishes = obstacle.status === 'resolved' || obstacle.status === 'closed'
  if (finishes !== Boolean(obstacle.finished)) throw new Error(`${where}: a finished status needs its note`)
  if (obstacle.finished && (obstacle.finished.daysAgo > raised || obstacle.finished.daysAgo < 0)) {
    throw new Error(`${where}: finished outside its life`)
  }
  for (const measure of obstacle.measures) {
    if (measure.daysAgo > raised || measure.daysAgo < finishedAt) {
      throw new Error(`${where}: a measure dated outside its life`)
    }
    if (!obstacle.departments.includes(measure.department)) {
      throw new Error(`${where}: a measure by a department not responsible for it`)
    }
  }
}

/**
 * Writes the meeting and the obstacles with their measures. Expects the reference data and
 * the demo projects (and, for the names on the measures, the demo users), and no obstacle
 * yet: codes start at OBS-0001. `today` is the province's day the dates are counted from.
 */
export async function seedDemoObstacles(
  db: Prisma.TransactionClient,
  { today = provinceToday() }: { today?: Date } = {},
): Promise<ObstacleCounts> {
  const counts: ObstacleCounts = { obstacles: 0, obstacleMeasures: 0, dialogueMeetings: 0 }
  const departments = await db.department.findMany({ select: { id: true, code: true } })
  const departmentId = (code: DepartmentCode) => {
    const id = departments.find((department) => department.code === code)?.id
    if (!id) throw new Error(`Demo obstacles: unknown department ${code}`)
    return id
  }
  const codes = [...new Set([...DEMO_OBSTACLES.map((obstacle) => obstacle.project), ...DEMO_MEETING.projects])]
  const projects = await db.project.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })
  const projectId = (code: string) => {
    const id = projects.find((project) => project.code === code)?.id
    if (!id) throw new Error(`Demo obstacles: demo project ${code} is missing`)
    return id
  }
  const users = await db.user.findMany({
    where: { email: { in: DEMO_USERS.filter((user) => user.role === 'editor').map((user) => user.email) } },
    select: { id: true, name: true, department: { select: { code: true } } },
  })
  const enteredBy = (code: DepartmentCode) => users.find((user) => user.department?.code === code) ?? null
  const daysAgo = (days: number) => addDays(today, -days)

  // Present at the meeting: the projects of the obstacles raised there, as createMeeting records them.
  const meetingDay = daysAgo(DEMO_MEETING.daysAgo)
  const atMeeting = DEMO_OBSTACLES.filter((obstacle) => obstacle.raised === 'meeting')
  const meetingProjects = [...new Set([...DEMO_MEETING.projects, ...atMeeting.map((obstacle) => obstacle.project)])]
  const meeting = await db.dialogueMeeting.create({
    data: {
      date: meetingDay,
      place: DEMO_MEETING.place,
      chair: DEMO_MEETING.chair,
      enterprises: DEMO_MEETING.enterprises.join('\n'),
      notes: DEMO_MEETING.notes,
      createdAt: meetingDay,
      updatedAt: meetingDay,
      projects: { create: meetingProjects.map((code) => ({ projectId: projectId(code) })) },
    },
    select: { id: true },
  })
  counts.dialogueMeetings += 1

  // Codes in the order the obstacles were raised, as the register would have numbered them.
  const inOrder = [...DEMO_OBSTACLES].sort((a, b) => raisedDaysAgo(b) - raisedDaysAgo(a))
  for (const [index, obstacle] of inOrder.entries()) {
    assertConsistentObstacle(obstacle)
    const code = obstacleCode(index + 1)
    const raisedOn = daysAgo(raisedDaysAgo(obstacle))
    const raisedBy =
      obstacle.raised === 'meeting'
        ? { kind: 'meeting', name: DEMO_MEETING.chair }
        : { kind: obstacle.raised.kind, name: obstacle.raised.name }
    const description = `${obstacle.description} ${DEMO_NOTE}`
    const finishedOn = obstacle.finished ? daysAgo(obstacle.finished.daysAgo) : null
    const lastTouched = [raisedOn, finishedOn, ...obstacle.measures.map((measure) => daysAgo(measure.daysAgo))]
      .filter((date): date is Date => date !== null)
      .reduce((latest, date) => (date > latest ? date : latest))
    await db.obstacle.create({
      data: {
        code,
        projectId: projectId(obstacle.project),
        category: obstacle.category,
        title: obstacle.title,
        description,
        raisedOn,
        raisedByKind: raisedBy.kind,
        raisedByName: raisedBy.name,
        meetingId: obstacle.raised === 'meeting' ? meeting.id : null,
        deadline: addDays(today, obstacle.deadlineInDays),
        priority: obstacle.priority,
        status: obstacle.status,
        resolutionNote: obstacle.status === 'resolved' ? (obstacle.finished?.note ?? null) : null,
        closedReason: obstacle.status === 'closed' ? (obstacle.finished?.note ?? null) : null,
        finishedOn,
        searchText: buildObstacleSearchText({ title: obstacle.title, description, raisedByName: raisedBy.name }, code),
        version: VERSION_BY_STATUS[obstacle.status],
        createdAt: raisedOn,
        updatedAt: lastTouched,
        departments: { create: obstacle.departments.map((department) => ({ departmentId: departmentId(department) })) },
        measures: {
          create: obstacle.measures.map((measure) => {
            const date = daysAgo(measure.daysAgo)
            const user = enteredBy(measure.department)
            return {
              date,
              description: measure.description,
              departmentId: departmentId(measure.department),
              documentRef: measure.documentRef ?? null,
              enteredById: user?.id ?? null,
              enteredByName: user?.name ?? null,
              createdAt: date,
            }
          }),
        },
      },
    })
    counts.obstacles += 1
    counts.obstacleMeasures += obstacle.measures.length
  }
  return counts
}

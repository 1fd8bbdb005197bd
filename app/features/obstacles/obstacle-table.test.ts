import { describe, expect, test } from 'vitest'
import { obstacleTableRows } from '~/features/obstacles/obstacle-table'

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const sct = { id: 'd-sct', code: 'SCT', nameVi: 'Sở Công Thương', nameEn: 'Department of Industry and Trade' }
const sxd = { id: 'd-sxd', code: 'SXD', nameVi: 'Sở Xây dựng', nameEn: 'Department of Construction' }

function listed(code: string, status: string, deadline: string, departments: (typeof sct)[]) {
  return {
    id: `o-${code}`,
    code,
    title: `Vướng mắc ${code}`,
    category: 'land',
    status,
    priority: 'high',
    deadline: day(deadline),
    raisedOn: day('2025-07-01'),
    updatedAt: day('2025-07-02'),
    project: { id: 'p-1', name: 'Khu công nghiệp Sông Khoai' },
    departments: departments.map((department) => ({ department })),
  }
}

describe('obstacleTableRows', () => {
  test('names departments in the reader’s language, once for the whole page, writes dates out and counts the days overdue', () => {
    const rows = [
      listed('OBS-0001', 'open', '2025-08-10', [sct, sxd]),
      listed('OBS-0002', 'resolved', '2025-08-01', [sct]),
    ]
    const [first, second] = obstacleTableRows(rows, day('2025-08-15'), 'en')
    expect(first?.departments.map((department) => department.name)).toEqual([
      'Department of Industry and Trade',
      'Department of Construction',
    ])
    // One object per department: the page's data carries it once, however many rows name it.
    expect(second?.departments[0]).toBe(first?.departments[0])
    expect([first?.overdueDays, second?.overdueDays]).toEqual([5, 0])
    expect([first?.raisedOn, first?.deadline, first?.updatedOn]).toEqual(['01/07/2025', '10/08/2025', '02/07/2025'])
    expect(obstacleTableRows(rows, day('2025-08-15'), 'vi')[0]?.departments[1]?.name).toBe('Sở Xây dựng')
  })
})

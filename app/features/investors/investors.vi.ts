/** Vietnamese strings of the investor pages: the namespaces "investors". */
export const investorsVi = {
  investors: {
    title: 'Danh bạ nhà đầu tư',
    count_one: 'Tìm thấy {{count, number}} nhà đầu tư',
    count_other: 'Tìm thấy {{count, number}} nhà đầu tư',
    count: 'Tìm thấy {{count, number}} nhà đầu tư',
    intro: 'Nhà đầu tư được thêm khi ghi vào dự án. Sửa tên, quốc gia và thông tin liên hệ ở đây.',
    searchLabel: 'Tìm theo tên nhà đầu tư',
    country: 'Quốc gia',
    contact: 'Liên hệ',
    contactHint: 'Người liên hệ, điện thoại, thư điện tử',
    projects: 'Số dự án',
    projectsOf: 'Dự án của nhà đầu tư',
    noProjects: 'Nhà đầu tư này chưa gắn với dự án nào.',
    empty: 'Không có nhà đầu tư nào khớp.',
    editTitle: 'Sửa nhà đầu tư {{name}}',
    name: 'Tên nhà đầu tư',
    saved: 'Đã lưu nhà đầu tư {{name}}.',
    nameTaken: 'Đã có nhà đầu tư khác mang tên này.',
    tableCaption: 'Danh bạ nhà đầu tư theo tên',
    type: 'Trong nước / nước ngoài',
  },
} as const

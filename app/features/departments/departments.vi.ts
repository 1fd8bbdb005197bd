/** Vietnamese strings of the departments pages: the namespaces "departments". */
export const departmentsVi = {
  departments: {
    title: 'Cơ quan',
    intro: 'Các sở, ban theo dõi dự án. Người sửa chỉ cập nhật dự án của cơ quan mình.',
    code: 'Mã viết tắt',
    nameVi: 'Tên tiếng Việt',
    nameEn: 'Tên tiếng Anh',
    projects: 'Số dự án',
    users: 'Số người dùng',
    add: 'Thêm cơ quan',
    addTitle: 'Thêm cơ quan',
    editTitle: 'Sửa cơ quan {{name}}',
    saved: 'Đã lưu cơ quan {{name}}.',
    codeTaken: 'Mã này đã được dùng cho cơ quan khác.',
    tableCaption: 'Danh sách cơ quan theo mã',
  },
} as const

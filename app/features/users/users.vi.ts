/** Vietnamese strings of sign-in and accounts: the namespaces "auth", "role". */
export const usersVi = {
  auth: {
    signInTitle: 'Đăng nhập Tiendo',
    email: 'Thư điện tử',
    password: 'Mật khẩu',
    signIn: 'Đăng nhập',
    signOut: 'Đăng xuất',
    signedInAs: 'Đang đăng nhập: {{name}}',
    role: {
      admin: 'Quản trị',
      editor: 'Cán bộ cập nhật',
      viewer: 'Lãnh đạo, theo dõi',
    },
    errors: {
      invalid:
        'Thư điện tử hoặc mật khẩu không đúng, hoặc tài khoản đang bị tạm khoá. Hãy thử lại hoặc liên hệ quản trị viên.',
      tooManyAttempts: 'Quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau một phút.',
      passwordTooShort: 'Mật khẩu cần ít nhất {{max}} ký tự.',
      passwordCommon: 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.',
      departmentNotAllowed: 'Bạn chỉ được cập nhật dự án của cơ quan mình.',
    },
  },
  role: {
    lead: 'Nhà đầu tư chính',
    partner: 'Nhà đầu tư liên danh',
  },
} as const

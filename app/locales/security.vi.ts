/** Vietnamese strings of the security pages (merged into vi.ts under "security"). */
export const securityVi = {
  placeholder: '',
  // What a client that sent something other than a form is told (app/utils/read-form.server.ts).
  form: {
    notAForm: 'Yêu cầu bị từ chối: nội dung gửi lên không phải là một biểu mẫu.',
    malformed: 'Yêu cầu không hợp lệ: không đọc được biểu mẫu.',
    tooManyFields: 'Yêu cầu bị từ chối: biểu mẫu có quá nhiều trường.',
    badFieldName: 'Yêu cầu không hợp lệ: biểu mẫu có tên trường quá dài hoặc lồng quá sâu.',
  },
} as const

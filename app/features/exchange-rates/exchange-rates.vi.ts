/** Vietnamese strings of the exchange-rate page: the namespaces "exchangeRates". */
export const exchangeRatesVi = {
  exchangeRates: {
    title: 'Tỷ giá VND/USD',
    intro: 'Mọi số tiền quy đổi đều ghi rõ tỷ giá và ngày áp dụng. Tỷ giá mới nhất được dùng để quy đổi.',
    date: 'Ngày',
    vndPerUsd: 'Số đồng cho 1 USD',
    source: 'Nguồn',
    add: 'Thêm tỷ giá',
    added: 'Đã thêm tỷ giá ngày {{date}}.',
    empty: 'Chưa có tỷ giá nào. Hãy thêm tỷ giá để quy đổi vốn sang USD.',
    tableCaption: 'Các tỷ giá đã ghi, mới nhất trước',
    duplicate: 'Đã có tỷ giá cho ngày này.',
  },
} as const

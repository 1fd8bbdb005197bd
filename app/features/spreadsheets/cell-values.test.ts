import { describe, expect, test } from 'vitest'
import { cellText, excelSerialToDay, readDayCell, readMoneyCell, readNumberCell } from './cell-values'

describe('a cell’s text', () => {
  test('loses the spaces around it and the runs inside, and is composed (NFC)', () => {
    expect(cellText('  Hà   Ráng \n')).toBe('Hà Ráng')
    expect(cellText('Ha\u0300 Ra\u0301ng')).toBe('Hà Ráng')
    expect(cellText(null)).toBe('')
    expect(cellText(42)).toBe('42')
  })
})

describe('a day', () => {
  test('from an Excel serial number, after the 1900 leap-day bug, its time of day dropped', () => {
    expect(excelSerialToDay(45658)).toBe('2025-01-01')
    expect(excelSerialToDay(45931.75)).toBe('2025-10-01')
    expect(excelSerialToDay(61)).toBe('1900-03-01')
    expect(excelSerialToDay(60)).toBeNull()
    expect(excelSerialToDay(Number.NaN)).toBeNull()
  })

  test('from a Date cell, a serial, dd/mm/yyyy (also d/m, dots, dashes) or yyyy-mm-dd text', () => {
    expect(readDayCell(new Date(Date.UTC(2025, 8, 30)))).toEqual({ ok: true, value: '2025-09-30' })
    expect(readDayCell(45930)).toEqual({ ok: true, value: '2025-09-30' })
    expect(readDayCell('30/09/2025')).toEqual({ ok: true, value: '2025-09-30' })
    expect(readDayCell(' 1/9/2025 ')).toEqual({ ok: true, value: '2025-09-01' })
    expect(readDayCell('01.09.2025')).toEqual({ ok: true, value: '2025-09-01' })
    expect(readDayCell('2025-09-01')).toEqual({ ok: true, value: '2025-09-01' })
    expect(readDayCell('')).toEqual({ ok: true, value: '' })
  })

  test('a day the calendar lacks, or text that is not a day, is refused', () => {
    expect(readDayCell('31/02/2025')).toEqual({ ok: false, error: 'errors.date' })
    expect(readDayCell('29/02/2023')).toEqual({ ok: false, error: 'errors.date' })
    expect(readDayCell('09/30/2025')).toEqual({ ok: false, error: 'errors.date' })
    expect(readDayCell('quý III')).toEqual({ ok: false, error: 'errors.date' })
    expect(readDayCell(new Date(Number.NaN))).toEqual({ ok: false, error: 'errors.date' })
  })
})

describe('a number', () => {
  test('an Excel number is written the Vietnamese way; text is kept as typed for the schema', () => {
    expect(readNumberCell(1250.5)).toEqual({ ok: true, value: '1.250,5' })
    expect(readNumberCell(120)).toEqual({ ok: true, value: '120' })
    expect(readNumberCell(-3.25)).toEqual({ ok: true, value: '-3,25' })
    expect(readNumberCell(' 1.250,5 ')).toEqual({ ok: true, value: '1.250,5' })
    expect(readNumberCell(2 ** 60)).toEqual({ ok: false, error: 'errors.numberFormat' })
  })
})

describe('money in the column’s unit, as exact đồng', () => {
  test('tỷ and triệu đồng move the digits, never through floating point', () => {
    expect(readMoneyCell(3200, 'tyDong')).toEqual({ ok: true, value: '3.200.000.000.000' })
    expect(readMoneyCell('2.216,45', 'tyDong')).toEqual({ ok: true, value: '2.216.450.000.000' })
    expect(readMoneyCell(0.1 + 0.2, 'tyDong')).toEqual({ ok: true, value: '300.000.000' })
    expect(readMoneyCell('1.250,5', 'trieuDong')).toEqual({ ok: true, value: '1.250.500.000' })
    expect(readMoneyCell(350000000000, 'dong')).toEqual({ ok: true, value: '350.000.000.000' })
    expect(readMoneyCell('-15', 'tyDong')).toEqual({ ok: true, value: '-15.000.000.000' })
    expect(readMoneyCell('', 'tyDong')).toEqual({ ok: true, value: '' })
  })

  test('a fraction of a đồng, or what is not a number, is refused with the form’s message', () => {
    expect(readMoneyCell('1.234,5', 'dong')).toEqual({ ok: false, error: 'errors.wholeDong' })
    expect(readMoneyCell('0,0000000001', 'tyDong')).toEqual({ ok: false, error: 'errors.wholeDong' })
    expect(readMoneyCell('3.200 tỷ', 'tyDong')).toEqual({ ok: false, error: 'errors.numberFormat' })
    expect(readMoneyCell('12.5', 'tyDong')).toEqual({ ok: false, error: 'errors.numberFormat' })
  })
})

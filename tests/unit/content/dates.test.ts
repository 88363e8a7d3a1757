import { describe, expect, test } from 'vitest'
import { formatContentDate, parseContentDate } from '../../../src/content/dates'

describe('parseContentDate', () => {
  test.each([
    ['2022-03-14', true],
    ['2024-02-29', true],
    ['2022-03-14T09:30:00-05:00', true],
    ['2022-03-14T09:30Z', true],
    ['2022-03-14T09:30:00.123+01:00', true],
    ['2022-01-01', true],
    ['2022-12-31', true],
    ['2022-03-14T23:59:59.123456789+23:59', true],
    ['2022-02-29', false],
    ['2022-13-01', false],
    ['2022-00-10', false],
    ['2022-01-00', false],
    ['2022-03-14T09:60Z', false],
    ['2022-03-14T09:30:60Z', false],
    ['2022-03-14T09:30:00.1234567890Z', false],
    ['2022-03-14T09:30:00+24:00', false],
    ['2022-03-14 09:30Z', false],
    ['2022-04-31', false],
    ['2022-03-14T24:00:00Z', false],
    ['2022-03-14T09:30:00', false],
    ['14/03/2022', false],
    ['', false],
    ['March 14, 2022', false],
  ])('%s is a valid content date: %s', (value, valid) => {
    expect(parseContentDate(value) !== undefined).toBe(valid)
  })
})

describe('formatContentDate', () => {
  test('prints a bare date as the same day in every time zone', () => {
    const date = parseContentDate('2022-03-14')
    if (!date) throw new Error('fixture date did not parse')
    expect(formatContentDate(date, 'en-US', 'America/Los_Angeles')).toBe('March 14, 2022')
    expect(formatContentDate(date, 'en-GB', 'Pacific/Kiritimati')).toBe('14 March 2022')
  })

  test('prints a moment in the reader’s locale and time zone', () => {
    const date = parseContentDate('2022-03-13T22:30:00-05:00')
    if (!date) throw new Error('fixture date did not parse')
    expect(formatContentDate(date, 'en-US', 'America/New_York')).toBe('March 13, 2022')
    expect(formatContentDate(date, 'de-DE', 'Europe/Berlin')).toBe('14. März 2022')
  })

  test('falls back to English for a locale tag the browser rejects', () => {
    const date = parseContentDate('2022-03-14')
    if (!date) throw new Error('fixture date did not parse')
    expect(formatContentDate(date, 'not a locale!', 'UTC')).toBe('March 14, 2022')
  })
})

describe('dates written around the format', () => {
  test.each([
    '+002022-03-14',
    ' 2022-03-14',
    '2022-03-14 ',
    '+002022-03-14T10:00:00Z',
    '2022-03-14T10:00:00Z ',
  ])('%j is not a date the format allows', (value) => {
    expect(parseContentDate(value)).toBeUndefined()
  })
})

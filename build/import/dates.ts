import { isContentDate } from '../../src/content/dates'

export interface FoundDate {
  value: string
  /** The source named a time without a zone: only the day is certain. */
  droppedTime: boolean
}

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const
const ISO_LIKE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i
const MONTH_FIRST = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})\b/

function monthNumber(name: string): number | undefined {
  const index = MONTHS.findIndex((month) => name.toLowerCase().startsWith(month))
  return index === -1 ? undefined : index + 1
}

function calendarDay(year: string, month: number | undefined, day: string): FoundDate | undefined {
  if (month === undefined) return undefined
  const value = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`
  return isContentDate(value) ? { value, droppedTime: false } : undefined
}

/** A date in the format's ISO 8601 shape, from the ways pages and saved text write them. */
export function toContentDate(raw: string | undefined): FoundDate | undefined {
  const text = (raw?.trim() ?? '').replace(WEEKDAY, '')
  const iso = ISO_LIKE.exec(text)
  if (iso) {
    const [, day = '', time, zone] = iso
    if (time === undefined)
      return isContentDate(day) ? { value: day, droppedTime: false } : undefined
    if (zone === undefined)
      return isContentDate(day) ? { value: day, droppedTime: true } : undefined
    const offset =
      zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2')
    const value = `${day}T${time}${offset}`
    return isContentDate(value) ? { value, droppedTime: false } : undefined
  }
  const monthFirst = MONTH_FIRST.exec(text)
  if (monthFirst)
    return calendarDay(monthFirst[3] ?? '', monthNumber(monthFirst[1] ?? ''), monthFirst[2] ?? '')
  const dayFirst = DAY_FIRST.exec(text)
  if (dayFirst)
    return calendarDay(dayFirst[3] ?? '', monthNumber(dayFirst[2] ?? ''), dayFirst[1] ?? '')
  return undefined
}

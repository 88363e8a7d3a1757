// ISO 8601 as the format allows it: a calendar date, or a date-time that states its offset (no floating times,
// which would mean a different moment for every reader).
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/

export interface ContentDate {
  iso: string
  /** A bare date names a day, not a moment: format it without a time zone shift. */
  dateOnly: boolean
  epochMs: number
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= daysInMonth
}

export function parseContentDate(value: string): ContentDate | undefined {
  const dateOnly = ISO_DATE.exec(value)
  const dateTime = dateOnly ? null : ISO_DATE_TIME.exec(value)
  const parts = dateOnly ?? dateTime
  if (!parts) return undefined
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])]
  if (!isRealDay(year, month, day)) return undefined
  const epochMs = Date.parse(dateOnly ? `${value}T00:00:00Z` : value)
  // Stryker disable next-line ConditionalExpression: no string the two patterns and the calendar check let through makes Date.parse fail; kept in case a pattern ever loosens
  if (Number.isNaN(epochMs)) return undefined
  return { iso: value, dateOnly: dateOnly !== null, epochMs }
}

export function isContentDate(value: string): boolean {
  return parseContentDate(value) !== undefined
}

export function formatContentDate(date: ContentDate, locale: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }
  // A bare date is the same day everywhere; formatting it in the reader's zone could print the day before.
  if (date.dateOnly) options.timeZone = 'UTC'
  // Stryker disable next-line ConditionalExpression: setting timeZone to undefined is the same as not setting it
  else if (timeZone) options.timeZone = timeZone
  try {
    return new Intl.DateTimeFormat(locale, options).format(date.epochMs)
  } catch {
    // An invalid locale tag from the browser or the feed should never cost the reader the date.
    return new Intl.DateTimeFormat('en', options).format(date.epochMs)
  }
}

import type { ContentDate } from '../content/dates'
import { formatContentDate } from '../content/dates'
import { useReaderLocale } from '../lib/use-reader-locale'

interface PublishedDateProps {
  date: ContentDate
  /** Used before the reader's own locale is known (server render, hydration). */
  fallbackLocale: string
  className?: string
}

export function PublishedDate({ date, fallbackLocale, className }: PublishedDateProps) {
  const readerLocale = useReaderLocale()
  // Until the reader's locale is known (server render, hydration) format in UTC too, so the prerendered HTML is
  // the same wherever it was built and hydration matches it; the reader's own zone follows a moment later.
  const locale = readerLocale ?? fallbackLocale
  const timeZone = readerLocale === undefined ? 'UTC' : undefined
  return (
    <time dateTime={date.iso} className={className}>
      {formatContentDate(date, locale, timeZone)}
    </time>
  )
}

import type { ContentDate } from '../content/dates'
import { formatContentDate } from '../content/dates'
import { interfaceLanguage, interfaceLocale } from '../i18n/interface'
import { useReaderLocale } from '../lib/use-reader-locale'

interface PublishedDateProps {
  date: ContentDate
  /** Used before the reader's own locale is known (server render, hydration). */
  fallbackLocale: string
  className?: string
}

function language(locale: string): string {
  return locale.toLowerCase().split('-')[0] ?? locale
}

/**
 * A date is part of the interface's sentence ("Updated …", "Correction, …:"), so it is written in the
 * publication's language; the reader's own locale only chooses among that language's ways (en-GB's
 * "13 March 2022", en-US's "March 13, 2022"). An Arabic publication read in an English browser shows Arabic dates.
 */
function dateLocale(candidate: string): string {
  return language(candidate) === language(interfaceLocale) ? candidate : interfaceLocale
}

export function PublishedDate({ date, fallbackLocale, className }: PublishedDateProps) {
  const readerLocale = useReaderLocale()
  // Until the reader's locale is known (server render, hydration) format in UTC too, so the prerendered HTML is
  // the same wherever it was built and hydration matches it; the reader's own zone follows a moment later.
  const locale = dateLocale(readerLocale ?? fallbackLocale)
  const timeZone = readerLocale === undefined ? 'UTC' : undefined
  return (
    <time
      dateTime={date.iso}
      className={className}
      lang={language(locale)}
      dir={interfaceLanguage.dir}
    >
      {formatContentDate(date, locale, timeZone)}
    </time>
  )
}

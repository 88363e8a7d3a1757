import { ar } from './messages/ar'
import { en } from './messages/en'
import { fr } from './messages/fr'
import { interfaceDirection } from './locales'
import type { InterfaceLocale } from './locales'
import type { MessageId } from './catalogue-types'
import { createTranslator } from './translate'

// The publication's interface language, fixed at build time (VITE_LOCALE, checked by src/config/site-config.ts).
// Read straight from import.meta.env and compared with literals, so Vite writes the value into the bundle, the
// minifier settles the comparisons and the other languages' catalogues are left out of it: a reader downloads
// one language, not three. (Through a function call such as isInterfaceLocale, all three stayed in.)
const requested: unknown = import.meta.env.VITE_LOCALE
export const interfaceLocale: InterfaceLocale =
  requested === 'fr' ? 'fr' : requested === 'ar' ? 'ar' : 'en'

const catalogue = interfaceLocale === 'fr' ? fr : interfaceLocale === 'ar' ? ar : en

/** The interface's words: `t('error.tryAgain')`, `t('article.readingTime', { count: 6 })`. */
export const t = createTranslator<Readonly<Record<MessageId, (typeof catalogue)[MessageId]>>>(
  interfaceLocale,
  catalogue,
)

const percents = new Intl.NumberFormat(interfaceLocale, {
  style: 'percent',
  maximumFractionDigits: 0,
})

/** A whole percentage as the locale writes it: "40%" in English, "40 %" in French, "٪٤٠" in Arabic. */
export function formatPercent(percent: number): string {
  return percents.format(percent / 100)
}

/**
 * The interface's language and direction, for its words mixed into a line of an article in another language
 * ("Updated …", the byline, a note's label and date): screen readers pronounce them in the right voice, and the
 * dir isolates them so an Arabic label and its date keep their order inside an English line. Whole blocks of
 * interface words (a heading, a notice) take only `lang`, and keep the article's alignment.
 */
export const interfaceLanguage = {
  lang: interfaceLocale,
  dir: interfaceDirection(interfaceLocale),
} as const

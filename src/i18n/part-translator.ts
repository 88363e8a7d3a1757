import type { MessageId } from './catalogue-types'
import { interfaceLocale, t } from './interface'
import { createTranslator } from './translate'
import type { Catalogue, Translator } from './translate'

// Code that loads on demand (the listen controls, the richer blocks, search…) brings its own words, so the
// first view downloads only the words it shows. Each part's messages live in src/i18n/messages/<part>/, one
// language bundled as for the first view's: the part's module picks it with the same build-time locale.

function isOwn<C extends Catalogue>(part: C, id: string): id is Extract<keyof C, string> {
  return Object.hasOwn(part, id)
}

/** A part's translator: its own ids from its catalogue, the first view's from theirs, the same plurals and digits. */
export function partTranslator<C extends Catalogue>(
  part: C,
): Translator<MessageId | Extract<keyof C, string>> {
  const own = createTranslator(interfaceLocale, part)
  return (id, params) => (isOwn(part, id) ? own(id, params) : t(id, params))
}

/** A number in the locale's digits; `minimumIntegerDigits: 2` for a clock's "05". Only on-demand code needs it. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(interfaceLocale, options).format(value)
}

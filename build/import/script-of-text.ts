// Which script a text is written in, so an article's direction and language tag say what its words are:
// an Arabic page saved without dir or lang still reads right to left, and a Russian post on an English site
// is not tagged "en" (a screen reader would read it with English sounds).

const LETTER = /\p{L}/gu
const SCRIPTS: readonly { name: string; letters: RegExp; rtl: boolean }[] = [
  { name: 'Latin', letters: /\p{Script=Latin}/gu, rtl: false },
  { name: 'Arabic', letters: /\p{Script=Arabic}/gu, rtl: true },
  { name: 'Hebrew', letters: /\p{Script=Hebrew}/gu, rtl: true },
  { name: 'Syriac', letters: /\p{Script=Syriac}/gu, rtl: true },
  { name: 'Thaana', letters: /\p{Script=Thaana}/gu, rtl: true },
  { name: 'Cyrillic', letters: /\p{Script=Cyrillic}/gu, rtl: false },
  { name: 'Greek', letters: /\p{Script=Greek}/gu, rtl: false },
  { name: 'Han', letters: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, rtl: false },
  { name: 'Hangul', letters: /\p{Script=Hangul}/gu, rtl: false },
  { name: 'Devanagari', letters: /\p{Script=Devanagari}/gu, rtl: false },
  { name: 'Thai', letters: /\p{Script=Thai}/gu, rtl: false },
]

// The script each language is written in; a language not listed is taken to be written in Latin letters.
const LANGUAGE_SCRIPT: Record<string, string> = {
  ar: 'Arabic',
  fa: 'Arabic',
  ur: 'Arabic',
  ps: 'Arabic',
  sd: 'Arabic',
  ug: 'Arabic',
  ckb: 'Arabic',
  he: 'Hebrew',
  yi: 'Hebrew',
  syr: 'Syriac',
  dv: 'Thaana',
  ru: 'Cyrillic',
  uk: 'Cyrillic',
  be: 'Cyrillic',
  bg: 'Cyrillic',
  mk: 'Cyrillic',
  sr: 'Cyrillic',
  kk: 'Cyrillic',
  ky: 'Cyrillic',
  mn: 'Cyrillic',
  tg: 'Cyrillic',
  el: 'Greek',
  zh: 'Han',
  ja: 'Han',
  ko: 'Hangul',
  hi: 'Devanagari',
  mr: 'Devanagari',
  ne: 'Devanagari',
  th: 'Thai',
}

/** The script most of the text's letters are in, when more than half are; undefined for no letters. */
export function dominantScript(text: string): { name: string; rtl: boolean } | undefined {
  const sample = text.slice(0, 5000)
  const letters = (sample.match(LETTER) ?? []).length
  if (letters === 0) return undefined
  return SCRIPTS.find((script) => (sample.match(script.letters) ?? []).length / letters > 0.5)
}

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/

/**
 * The language tag and direction an article should carry: the given language when the text is written in its
 * script ("sr-Latn" is Latin too), else none; and "rtl" for text mostly in a right-to-left script.
 */
export function languageAndDirection(
  text: string,
  language: string | undefined,
): { language?: string; dir?: 'rtl'; mismatch?: true } {
  const script = dominantScript(text)
  const dir = script?.rtl ? ({ dir: 'rtl' } as const) : {}
  if (language === undefined || !LANGUAGE_TAG.test(language)) return dir
  const primary = language.split('-')[0]?.toLowerCase() ?? ''
  const expected = /-latn\b/i.test(language) ? 'Latin' : (LANGUAGE_SCRIPT[primary] ?? 'Latin')
  if (script === undefined || script.name === expected) return { language }
  return { ...dir, mismatch: true }
}

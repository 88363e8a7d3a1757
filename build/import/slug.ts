import { SLUG_PATTERN } from '../../src/content/safe-url'
import { transliterate } from './transliterate'

const MAX_IMPORT_SLUG = 80

/**
 * "US Has ‘Deep Concerns’ About China’s…" → "us-has-deep-concerns-about-chinas…", cut at a word, or "" for none.
 * Cyrillic, Greek, Arabic, Persian and Hebrew are transliterated first ("Новости дня" → "novosti-dnya").
 */
export function slugify(headline: string): string {
  // "China’s" is one word, not "china-s".
  const words = transliterate(headline.replace(/['’‘`]/g, ''))
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
  let slug = ''
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`
    if (next.length > MAX_IMPORT_SLUG) break
    slug = next
  }
  if (slug === '' && words[0] !== undefined) slug = words[0].slice(0, MAX_IMPORT_SLUG)
  return SLUG_PATTERN.test(slug) ? slug : ''
}

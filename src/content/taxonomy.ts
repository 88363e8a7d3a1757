import { MAX_SLUG_LENGTH } from './safe-url'

// Section and topic pages are addressed by a slug made from the name a publisher writes ("World" →
// "world", "Élections 2027" → "elections-2027"), so the format needs no second field for it. A name with no
// Latin letters or digits at all ("السياسة") still needs an address that is a valid slug: it gets a stable
// one from a hash of the name. A publisher who wants another address sets the slug explicitly.

function fnv1a(value: string): string {
  let hash = 0x811c9dc5
  for (const char of value) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36)
}

// Latin letters that Unicode does not decompose into a base letter and a mark.
const LATIN_LIGATURES: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
}

export function slugify(name: string, fallbackPrefix: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (letter) => LATIN_LIGATURES[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '')
  return slug === '' ? `${fallbackPrefix}-${fnv1a(name.normalize('NFC').trim())}` : slug
}

export function sectionSlug(name: string): string {
  return slugify(name, 'section')
}

export function topicSlug(name: string): string {
  return slugify(name, 'topic')
}

import { describe, expect, test } from 'vitest'
import { ar } from '../../../src/i18n/messages/ar'
import { en } from '../../../src/i18n/messages/en'
import { fr } from '../../../src/i18n/messages/fr'
import { CATALOGUE_PARTS, wholeCatalogue } from '../../../src/i18n/messages/whole-catalogue'
import type { Message } from '../../../src/i18n/translate'
import { createTranslator } from '../../../src/i18n/translate'

const catalogues = Object.entries(CATALOGUE_PARTS).flatMap(([part, languages]) =>
  (['fr', 'ar'] as const).map(
    (locale) => [`${locale} (${part})`, languages[locale], languages.en] as const,
  ),
)

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message)
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))]
    .filter((name) => name !== undefined)
    .sort()
}

describe('the message catalogues', () => {
  test.each(catalogues)(
    '%s has every English message, and no other',
    (_locale, catalogue, english) => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort())
    },
  )

  test('are one namespace: no id is in two parts', () => {
    const ids = Object.values(CATALOGUE_PARTS).flatMap((part) => Object.keys(part.en))
    expect(ids.filter((id, n) => ids.indexOf(id) !== n)).toEqual([])
    expect(Object.keys(wholeCatalogue('en'))).toHaveLength(ids.length)
  })

  test.each(catalogues)(
    '%s fills in only placeholders the English message has',
    (_l, catalogue, english) => {
      const extra = Object.entries(catalogue).filter(([id, message]) => {
        const inEnglish = english[id]
        if (inEnglish === undefined) return true
        const englishNames = placeholders(inEnglish)
        return placeholders(message).some(
          (name) => !englishNames.includes(name) && name !== 'count',
        )
      })
      expect(extra.map(([id]) => id)).toEqual([])
    },
  )
})

describe('a translated message', () => {
  test('fills in its placeholders', () => {
    const t = createTranslator('en', en)
    expect(t('site.loadingSite', { site: 'The Harbour Times' })).toBe('Loading The Harbour Times…')
  })

  test('writes numbers the way the locale does', () => {
    expect(createTranslator('en', en)('frontPage.older', { page: 2, pageCount: 1334 })).toBe(
      'Older stories, page 2 of 1,334',
    )
    expect(createTranslator('fr', fr)('frontPage.older', { page: 2, pageCount: 1334 })).toBe(
      'Articles précédents, page 2 sur 1\u202f334',
    )
  })

  test.each([
    ['fr', 1, '…et 1 autre'],
    ['fr', 3, '…et 3 autres'],
    ['ar', 1, '…ومشكلة أخرى'],
    ['ar', 2, '…ومشكلتان أخريان'],
    ['ar', 5, `…و${new Intl.NumberFormat('ar').format(5)} مشكلات أخرى`],
    ['ar', 11, `…و${new Intl.NumberFormat('ar').format(11)} مشكلة أخرى`],
  ] as const)('in %s picks the plural form for %d', (locale, count, expected) => {
    const t = createTranslator(locale, locale === 'fr' ? fr : ar)
    expect(t('error.details.more', { count })).toBe(expected)
  })

  test('names the missing message instead of showing a blank', () => {
    const t = createTranslator('en', { known: 'Known' })
    expect(() => t('unknown' as 'known')).toThrow('No message "unknown" in the en catalogue')
  })
})

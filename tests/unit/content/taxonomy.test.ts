import { describe, expect, test } from 'vitest'
import { isSlug } from '../../../src/content/safe-url'
import { sectionSlug, topicSlug } from '../../../src/content/taxonomy'

describe('the address of a section or topic page', () => {
  test.each([
    ['World', 'world'],
    ['US Politics', 'us-politics'],
    ['Élections 2027', 'elections-2027'],
    ['  Science & Tech  ', 'science-tech'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['Æther Œuvre Øst Đuro Ðað Þing Kapı', 'aether-oeuvre-ost-duro-dad-thing-kapi'],
    ['-- Opinion --', 'opinion'],
  ])('%s → %s', (name, slug) => {
    expect(sectionSlug(name)).toBe(slug)
  })

  test('a name with no Latin letters gets a stable, valid slug of its own', () => {
    const politics = sectionSlug('السياسة')
    expect(isSlug(politics)).toBe(true)
    expect(politics).toBe(sectionSlug('السياسة'))
    expect(politics).not.toBe(sectionSlug('الاقتصاد'))
    expect(topicSlug('気候')).toMatch(/^topic-[a-z0-9]+$/)
  })

  test('that slug is the same in every build, so its links keep working', () => {
    expect(sectionSlug('السياسة')).toBe('section-oc1i7s')
    expect(topicSlug(' 気候 ')).toBe('topic-1ju73ml')
  })

  test('a name cut at the slug’s length limit does not end in a hyphen', () => {
    expect(sectionSlug(`${'a'.repeat(199)} b`)).toBe('a'.repeat(199))
  })

  test('a very long name still makes a valid slug', () => {
    expect(isSlug(sectionSlug('word '.repeat(100)))).toBe(true)
  })
})

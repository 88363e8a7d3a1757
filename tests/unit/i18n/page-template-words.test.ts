// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { pageTemplateWords } from '../../../src/i18n/page-template-words'

describe('index.html’s own words', () => {
  test('are in the publication’s language', () => {
    expect(pageTemplateWords('fr', 'Le Quotidien')['%NOSCRIPT%']).toBe(
      'Le Quotidien a besoin de JavaScript pour charger les articles.',
    )
    expect(pageTemplateWords('ar', 'الصحيفة')['%NOSCRIPT%']).toBe(
      'يحتاج الصحيفة إلى JavaScript لتحميل المقالات.',
    )
  })

  test('keep the English wording the template had', () => {
    expect(pageTemplateWords('en', 'Broadsheet')).toEqual({
      '%DESCRIPTION%': 'Broadsheet: the news, printed with care, at the text size you choose.',
      '%NOSCRIPT%': 'Broadsheet needs JavaScript to load articles.',
    })
  })

  test('escape a site name that holds markup', () => {
    expect(pageTemplateWords('en', '<b>"News"</b>')['%NOSCRIPT%']).toBe(
      '&#60;b&#62;&#34;News&#34;&#60;/b&#62; needs JavaScript to load articles.',
    )
  })
})

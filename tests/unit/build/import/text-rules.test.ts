import { describe, expect, test } from 'vitest'
import { splitCaptionCredit } from '../../../../build/import/captions'
import { toContentDate } from '../../../../build/import/dates'
import { slugify } from '../../../../build/import/slug'

describe('slugs from headlines', () => {
  test.each([
    [
      'US Has ‘Deep Concerns’ About China’s Alignment With Russia, Official Says',
      'us-has-deep-concerns-about-chinas-alignment-with-russia-official-says',
    ],
    ['Café Owners Rally — Again', 'cafe-owners-rally-again'],
    ['  2024: A Year in Review!  ', '2024-a-year-in-review'],
    ['محادثات السلام', 'mhadthat-alslam'],
    ['Новости дня', 'novosti-dnya'],
    ['Ελλάδα σήμερα', 'ellada-simera'],
    ['Straße öffnet', 'strasse-offnet'],
    ['北京新闻', ''],
  ])('%j → %j', (headline, slug) => {
    expect(slugify(headline)).toBe(slug)
  })

  test('stops at a word boundary within 80 characters', () => {
    const slug = slugify('Word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    expect(slug.endsWith('word')).toBe(true)
  })
})

describe('dates', () => {
  test.each([
    ['2022-03-14', '2022-03-14'],
    ['2022-03-14T09:30:00-05:00', '2022-03-14T09:30:00-05:00'],
    ['2022-03-14T14:30:00+0000', '2022-03-14T14:30:00+00:00'],
    ['2024-03-14T16:05:00.000Z', '2024-03-14T16:05:00.000Z'],
    ['March 14, 2022', '2022-03-14'],
    ['Monday, 14 March 2022', '2022-03-14'],
    ['Sept. 3, 2021', '2021-09-03'],
  ])('reads %j as %j', (raw, value) => {
    expect(toContentDate(raw)).toEqual({ value, droppedTime: false })
  })

  test('keeps only the day of a time without a zone', () => {
    expect(toContentDate('2022-03-14 09:30:00')).toEqual({ value: '2022-03-14', droppedTime: true })
  })

  test.each(['2022-02-30', 'yesterday', '14/03/2022', ''])('refuses %j', (raw) => {
    expect(toContentDate(raw)).toBeUndefined()
  })
})

describe('captions and credits', () => {
  test.each([
    [
      'TOPSHOT - Putin and Xi meet. (Photo by Alexei Druzhinin / Sputnik / AFP) (Photo by ALEXEI DRUZHININ/Sputnik/AFP via Getty Images)',
      {
        caption: 'Putin and Xi meet.',
        credit: 'Photo by Alexei Druzhinin/Sputnik/AFP via Getty Images',
      },
    ],
    [
      'Protesters in Kyiv. Photo: J. Doe/Reuters',
      { caption: 'Protesters in Kyiv.', credit: 'Photo: J. Doe/Reuters' },
    ],
    [
      'The president waves (AP Photo/Evan Vucci)',
      { caption: 'The president waves', credit: 'AP Photo/Evan Vucci' },
    ],
    ['A crowd outside (Getty Images)', { caption: 'A crowd outside', credit: 'Getty Images' }],
    [
      'Delegates (left to right) sign the accord.',
      { caption: 'Delegates (left to right) sign the accord.' },
    ],
  ])('splits %j', (text, parts) => {
    expect(splitCaptionCredit(text)).toEqual({ credit: undefined, ...parts })
  })
})

import { describe, expect, test } from 'vitest'
import * as z from 'zod/mini'
import { parseArticle } from '../../../src/content/parse'
import { toArticleView } from '../../../src/content/view-model'
import { articleHead } from '../../../src/server/page-head'
import { readSampleArticle, SEED_SLUG, TEST_POLICY } from '../../support/fixtures'

const jsonLd = z.looseObject({
  dateModified: z.optional(z.string()),
  correction: z.optional(
    z.array(
      z.object({ '@type': z.string(), text: z.string(), datePublished: z.optional(z.string()) }),
    ),
  ),
})

function newsArticleOf(slug: string) {
  const head = articleHead(
    toArticleView(parseArticle(readSampleArticle(slug), `${slug}.json`), slug, TEST_POLICY),
  )
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(head)?.[1]
  return jsonLd.parse(JSON.parse(script ?? 'null'))
}

describe('the JSON-LD of an article with notes', () => {
  test('lists each correction as a CorrectionComment with its text and date', () => {
    expect(newsArticleOf('every-block').correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version of this article said the wall would cost £4.2m in total. That is the extra cost of the delay; the total is £31.6m.',
        datePublished: '2022-03-09T09:00:00Z',
      },
    ])
  })

  test('is modified at its latest update, and an article without notes has no correction', () => {
    expect(newsArticleOf('every-block').dateModified).toBe('2022-03-09T17:30:00Z')
    expect(newsArticleOf(SEED_SLUG).correction).toBeUndefined()
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { fixturePath } from '../../../support/fixtures'
import { importHtml } from '../../../../build/import/html'
import type { BlockData } from '../../../../build/import/types'
import { strictArticleSchema } from '../../../../src/content/format'
import { problemsOf } from '../../../../src/content/problems'

const importFixture = (name: string) =>
  importHtml(readFileSync(fixturePath('import', name), 'utf8'))

/** Each block as "type: text", so a test reads like the article it checks. */
const outline = (body: readonly BlockData[]) =>
  body.map((block) => {
    switch (block.type) {
      case 'paragraph':
      case 'quote':
        return `${block.type}: ${typeof block.text === 'string' ? block.text : block.text.map((run) => run.text).join('')}`
      case 'heading':
        return `heading: ${block.text}`
      case 'image':
        return `image: ${block.image.src}`
      case 'related':
        return `related: ${block.slug}`
      // The saved pages these tests read hold none of format 2's blocks; their mapping has its own tests.
      case 'list':
      case 'table':
      case 'pullquote':
      case 'callout':
      case 'note':
      case 'gallery':
      case 'video':
      case 'audio':
      case 'embed':
      case 'code':
      case 'break':
      case 'formula':
        return block.type
    }
  })

describe.each([
  'wordpress-news-article.html',
  'arc-open-graph-article.html',
  'bare-page.html',
  'hostile-page.html',
])('%s', (name) => {
  test('imports to an article that passes the strict schema', () => {
    expect(problemsOf(strictArticleSchema, importFixture(name).article)).toEqual([])
  })
})

describe('a WordPress page with NewsArticle JSON-LD', () => {
  const { article, notes } = importFixture('wordpress-news-article.html')

  test('takes headline, section, dates and language from the JSON-LD', () => {
    expect(article).toMatchObject({
      slug: 'night-buses-return-to-riverside-after-council-vote',
      headline: 'Night Buses Return to Riverside After Council Vote',
      section: 'Local',
      publishedAt: '2024-05-02T09:15:00+01:00',
      updatedAt: '2024-05-02T11:40:00+01:00',
      language: 'en-GB',
    })
  })

  test('follows the @graph reference to the author and keeps the job title', () => {
    expect(article.byline).toEqual([{ name: 'Ana Lima', title: 'Transport Correspondent' }])
  })

  test('uses the description as standfirst', () => {
    expect(article.standfirst).toBe(
      'Six routes will run every 30 minutes between midnight and 5am from next month, the first night service since 2009.',
    )
  })

  test('takes the lead photo from the ImageObject, with its caption and credit apart', () => {
    expect(article.leadImage).toEqual({
      src: 'https://riverside-gazette.example/wp-content/uploads/2024/05/night-bus-1.jpg',
      alt: 'A double-decker bus with its destination board lit, parked at an empty stop at night.',
      width: 1600,
      height: 1067,
      caption: 'Drivers test the N1 route at the Central Station stop on Tuesday night.',
      credit: 'Photo by Tom Reyes/The Riverside Gazette',
    })
  })

  test('keeps the body in order without the site’s navigation, sharing or comments', () => {
    expect(outline(article.body)).toEqual([
      'paragraph: Night buses will run in Riverside again from June, after the city council voted 31 to 9 on Wednesday to fund six routes between midnight and 5am, the first overnight service since the cuts of 2009.',
      'paragraph: The routes link the hospital, the university and the industrial estate with the city centre, and each will run every 30 minutes. Fares will match the daytime network, and under-18s travel free, the council said.',
      'heading: Who will use them',
      'paragraph: Shift workers asked for the service for years. A survey by the Riverside Transit Users Group found that four in ten night-shift staff at the hospital drive to work because there is no bus home. A separate report put the figure higher.',
      'quote: Nurses finishing at two in the morning have been paying for taxis out of their own pockets. That ends in June.',
      'image: https://riverside-gazette.example/wp-content/uploads/2024/05/depot-1200x800.jpg',
      'heading: Cost',
      'paragraph: The service will cost £2.1m a year, paid for from the parking levy. Opposition councillors said the money would be better spent on daytime reliability.',
      'paragraph: The first buses leave the Central Station stop at 12.05am on 3 June.',
    ])
  })

  test('keeps emphasis and strong text as runs', () => {
    expect(article.body[1]).toEqual({
      type: 'paragraph',
      text: [
        {
          text: 'The routes link the hospital, the university and the industrial estate with the city centre, and each will run ',
        },
        { text: 'every 30 minutes', emphasis: true },
        { text: '. Fares will match the daytime network, and ' },
        { text: 'under-18s travel free', strong: true },
        { text: ', the council said.' },
      ],
    })
  })

  test.each([
    [
      'a same-site article link becomes an in-app link',
      'the cuts of 2009',
      '/articles/night-bus-cuts-2009',
    ],
    [
      'an https: link is kept',
      'Riverside Transit Users Group',
      'https://transit-survey.example.org/riverside-2023',
    ],
    ['an http: link keeps only its text', 'separate report', undefined],
  ])('%s', (_behaviour, text, href) => {
    const runs = article.body.flatMap((block) =>
      block.type === 'paragraph' && typeof block.text !== 'string' ? block.text : [],
    )
    const run = runs.find((candidate) => candidate.text.includes(text))
    expect(run?.href).toBe(href)
  })

  test('gives the quotation its attribution from <cite>', () => {
    expect(article.body[4]).toMatchObject({ type: 'quote', attribution: 'Councillor Ruth Adeyemi' })
  })

  test('resolves an in-body photo’s relative source against the canonical URL and splits its credit', () => {
    expect(article.body[5]).toEqual({
      type: 'image',
      image: {
        src: 'https://riverside-gazette.example/wp-content/uploads/2024/05/depot-1200x800.jpg',
        alt: 'Rows of buses parked inside a depot under strip lights.',
        width: 1200,
        height: 800,
        caption: 'The Eastgate depot will house the night fleet.',
        credit: 'Photo: Tom Reyes / The Riverside Gazette',
      },
    })
  })

  test('reports the share bar, the comments and the sidebar it left out', () => {
    expect(notes).toEqual([
      'dropped 1 share bar by its class name',
      'dropped 1 comments section by its class name',
      'dropped 1 aside of links (related stories or navigation)',
    ])
  })
})

describe('an Arc-style page with only Open Graph and article: meta tags', () => {
  const { article } = importFixture('arc-open-graph-article.html')

  test('takes headline, section and dates from the meta tags', () => {
    expect(article).toMatchObject({
      headline: 'Astronomers Map a Dark Matter Bridge Between Two Galaxy Clusters',
      section: 'Science',
      publishedAt: '2024-03-14T16:05:00.000Z',
      updatedAt: '2024-03-14T18:30:00.000Z',
      standfirst:
        'Weak lensing in a new survey traces a filament 40 million light years long, the clearest view yet of the scaffolding of the cosmos.',
    })
  })

  test('splits a meta author naming two people into two authors', () => {
    expect(article.byline).toEqual([{ name: 'Priya Natarajan' }, { name: 'Leo Brandt' }])
  })

  test('completes the og:image lead photo from the figure that shows it', () => {
    expect(article.leadImage).toEqual({
      src: 'https://cloudfront-us-east-1.images.arcpublishing.example/meridian/6XKQ3ZJ4VFD7LPNM2T.jpg',
      alt: 'A false-colour map of two bright galaxy clusters joined by a faint blue filament.',
      width: 1200,
      height: 800,
      caption:
        'The two clusters, Abell 401 and Abell 399, with the filament between them shown in blue.',
      credit: 'European Southern Observatory',
    })
  })

  test('keeps the story’s text and leaves out the ad and the newsletter box', () => {
    expect(outline(article.body)).toEqual([
      'paragraph: Astronomers have produced the most detailed map yet of a bridge of dark matter linking two galaxy clusters, using the faint distortion that its gravity imprints on the light of more distant galaxies.',
      "paragraph: The filament stretches about 40 million light years between Abell 401 and Abell 399. Such bridges were predicted by simulations decades ago, but they are hard to see because dark matter gives off no light of its own. The team's explainer on dark matter sets out why.",
      'heading: A survey built for the job',
      'paragraph: The measurement used three years of images from a wide-field survey telescope in Chile. “We had to average the shapes of millions of galaxies to see a signal this faint,” said Dr. Mei Tanaka, who led the analysis.',
      'paragraph: The result, published in Nature Astronomy, agrees with the standard model of cosmology to within the errors, the authors said.',
    ])
  })

  test('keeps a relative /articles/ link as an in-app link', () => {
    expect(article.body[1]).toMatchObject({
      text: expect.arrayContaining([
        { text: 'explainer on dark matter', href: '/articles/dark-matter-explainer' },
      ]) as unknown,
    })
  })
})

describe('a bare page with no metadata', () => {
  const { article, notes } = importFixture('bare-page.html')

  test('takes the headline from the <h1> rather than the <title>', () => {
    expect(article.headline).toBe('Libraries Now Lend Reading Glasses')
  })

  test('takes the date from <time datetime>', () => {
    expect(article.publishedAt).toBe('2024-01-09')
  })

  test('reads the byline line, with the title after the comma', () => {
    expect(article.byline).toEqual([{ name: 'Maria Okafor', title: 'Community Reporter' }])
  })

  test('files the story under News and says so', () => {
    expect(article.section).toBe('News')
    expect(notes).toContain('no section found: used "News"')
  })

  test('drops a relative photo it cannot resolve, and says why', () => {
    expect(article.leadImage).toBeUndefined()
    expect(notes).toContain(
      'dropped 1 image with a relative source: the page names no https canonical URL to resolve it against',
    )
  })

  test('keeps headings and an inline-signed quotation, without the date line or copyright', () => {
    expect(outline(article.body)).toEqual([
      'paragraph: All four branches of the Millbrook library now lend reading glasses, in strengths from +1.00 to +3.50, for up to three weeks at a time. Borrowers need only a library card.',
      'paragraph: The idea came from a member of staff at the Eastside branch, who noticed that older visitors often left without the books they had come for because they had forgotten their glasses at home.',
      'heading: Large print, too',
      'paragraph: The library has also doubled its large-print collection since the summer. The new titles include recent bestsellers as well as local history, and can be reserved online or by phone.',
      'quote: It sounds like a small thing, but it means people can actually read what they came in for.',
      'paragraph: Glasses are cleaned between loans. The scheme cost less than $600 to set up, paid for by the Friends of Millbrook Library.',
    ])
    expect(article.body[4]).toMatchObject({ attribution: 'Head librarian Tom Ellery' })
  })
})

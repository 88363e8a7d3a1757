import { screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import type { ComponentProps } from 'react'
import { describe, expect, test, vi } from 'vitest'
import { renderApp } from '../support/render-app'
import { SEED_RELATED_SLUG, SEED_SLUG } from '../support/fixtures'
import { server } from '../support/server'

// Lets one test make the related-stories region throw while it renders, as a bug in it would.
const relatedStories = vi.hoisted(() => ({ crash: false }))
vi.mock('../../src/features/related-stories/RelatedStories', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('../../src/features/related-stories/RelatedStories')>()
  return {
    RelatedStories: (props: ComponentProps<typeof actual.RelatedStories>) => {
      if (relatedStories.crash) throw new Error('related stories broke')
      return <actual.RelatedStories {...props} />
    },
  }
})

/** The article's paragraphs in reading order, as text. */
function paragraphsOf(article: HTMLElement): HTMLElement[] {
  return within(article).getAllByRole('paragraph')
}

describe('an article page', () => {
  test('says it is loading, then shows the seed article as the publication printed it', async () => {
    // A slow connection: long enough for the loading message to be said.
    server.use(
      http.get('*/content/articles/:file', async () => {
        await delay(400)
      }),
    )
    renderApp(`/articles/${SEED_SLUG}`)
    // The message goes into its live region a moment after the region appears, so screen readers announce it.
    const emptyRegions = screen.getAllByRole('status').filter((region) => region.textContent === '')
    const loading = await screen.findByText('Loading the article…')
    expect(loading).toHaveRole('status')
    expect(emptyRegions).toContain(loading)

    const headline = await screen.findByRole('heading', {
      level: 1,
      name: 'US Has ‘Deep Concerns’ About China’s Alignment With Russia, Official Says',
    })
    const header = headline.closest('header')
    expect(screen.getByRole('article')).toContainElement(header)
    expect(within(header!).getByText('World')).toBeInTheDocument()
    expect(within(header!).getByText('March 14, 2022')).toHaveAttribute('datetime', '2022-03-14')
    expect(within(header!).getByText(/^By/)).toHaveTextContent(
      'By Shelby Talcott, Senior White House Correspondent',
    )
    expect(document.title).toBe(
      'US Has ‘Deep Concerns’ About China’s Alignment With Russia, Official Says – Broadsheet',
    )
  })

  test('shows each photo as a figure with its caption and credit kept apart', async () => {
    renderApp(`/articles/${SEED_SLUG}`)
    await screen.findByRole('heading', { level: 1 })
    const figures = screen
      .getAllByRole('figure')
      .filter((figure) => within(figure).queryByRole('img'))
    expect(figures).toHaveLength(2)
    const [lead, second] = figures
    expect(
      within(lead!).getByRole('img', { name: /Vladimir Putin and Xi Jinping stand side by side/ }),
    ).toHaveAttribute('width', '1600')
    expect(
      within(lead!).getByText('Photo by Alexei Druzhinin/Sputnik/AFP via Getty Images'),
    ).toBeInTheDocument()
    // The credit is its own piece of text, after the caption and a space.
    expect(within(second!).getByText('Photo by Drew Angerer/Getty Images')).toBeInTheDocument()
    expect(
      within(second!).getByText(
        /^WASHINGTON, DC – FEBRUARY 14: White House National Security Advisor/,
      ),
    ).toHaveTextContent(/\S Photo by Drew Angerer\/Getty Images$/)
  })

  test('prints every paragraph of the seed in order, with the inline related link after the third', async () => {
    renderApp(`/articles/${SEED_SLUG}`)
    const article = await screen.findByRole('article')
    const paragraphs = paragraphsOf(article).map((p) => p.textContent)
    const starts = [
      'The United States has “deep concerns”',
      '“We do have deep concerns',
      'The official would not comment on specific reports',
      'Related: Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion',
      '“I’m not gonna comment',
      'Sullivan met with Chinese Communist Party',
      '“Mr. Sullivan raised a range of issues',
    ]
    const positions = starts.map((start) => paragraphs.findIndex((text) => text.startsWith(start)))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    const inlineRelated = paragraphs.findIndex((text) => text.startsWith('Related:'))
    const inlineLink = within(paragraphsOf(article)[inlineRelated]!).getByRole('link')
    expect(inlineLink).toHaveAccessibleName(
      'Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion',
    )
    expect(inlineLink).toHaveAttribute('href', `/articles/${SEED_RELATED_SLUG}`)
    expect(article).not.toHaveTextContent('Font Size')
  })

  test('lists related stories after the body, at most six', async () => {
    renderApp('/articles/fixture-complete')
    const related = await screen.findByRole('region', { name: 'Related stories' })
    expect(within(related).getAllByRole('listitem')).toHaveLength(6)
    const external = within(related).getByRole('link', {
      name: /^An external report on the same subject\s*\(external site\)$/,
    })
    expect(external).toHaveAttribute('href', 'https://example.org/report')
    expect(external).toHaveAttribute('rel', 'noopener noreferrer')
  })

  test('renders a kicker, standfirst, update time, sub-heading and quotation', async () => {
    renderApp('/articles/fixture-complete')
    await screen.findByRole('heading', {
      level: 1,
      name: 'A Complete Fixture Article Uses Every Part of the Format',
    })
    expect(screen.getByText('Analysis')).toBeInTheDocument()
    expect(
      screen.getByText(
        'Every field the format allows, filled in, so tests can see each one rendered.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/^Updated/)).toHaveTextContent('Updated March 11, 2022')
    expect(screen.getByRole('heading', { level: 2, name: 'A sub-heading' })).toBeInTheDocument()
    expect(screen.getByRole('blockquote')).toHaveTextContent(
      'A quotation, set apart from the body.',
    )
    expect(screen.getByText('Cora Quoted, fictional researcher')).toBeInTheDocument()
    expect(screen.getByText(/^By/)).toHaveTextContent(
      'By Ada Fixture, Science Editor and Ben Example',
    )
    expect(screen.getByRole('emphasis')).toHaveTextContent(/^emphasis$/)
    expect(screen.getByRole('strong')).toHaveTextContent(/^strong text$/)
    expect(screen.getByRole('link', { name: 'an external link' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    )
  })

  test('drops broken optional parts and renders the rest', async () => {
    renderApp('/articles/fixture-broken-parts')
    await screen.findByRole('heading', {
      level: 1,
      name: 'Broken Optional Parts Are Dropped, the Article Still Renders',
    })
    expect(screen.getByText('This paragraph survives.')).toBeInTheDocument()
    expect(screen.getByText('The last paragraph survives too.')).toBeInTheDocument()
    expect(screen.queryByRole('img', { name: 'A dangerous image' })).not.toBeInTheDocument()
    expect(screen.getByText('the dangerous link goes')).not.toHaveAttribute('href')
    expect(screen.queryByRole('link', { name: 'the dangerous link goes' })).not.toBeInTheDocument()
    expect(screen.getByText(/^By/)).toHaveTextContent('By Dana Survivor, Reporter')
    expect(screen.queryByText(/^Updated/)).not.toBeInTheDocument()
    // Every photo that is left loads from this site or over https.
    for (const image of screen.queryAllByRole('img'))
      expect(image.getAttribute('src')).toMatch(/^(?:\/(?!\/)|https:\/\/)/)
  })

  test('shows markup in text fields as text, never as HTML', async () => {
    renderApp('/articles/fixture-markup-in-text')
    const headline = await screen.findByRole('heading', { level: 1 })
    expect(headline).toHaveTextContent('<img src=x onerror="alert(1)">Markup <b>stays</b> text')
    // The headline's markup made no elements: it is one run of text.
    expect(headline.childElementCount).toBe(0)
    // Found as an element's own text: as HTML it would have become a script, which has none.
    expect(screen.getByText("<script>alert('standfirst')</script>")).toBeInTheDocument()
    expect(screen.getByText(/Plain words after a script tag\.$/)).toHaveTextContent(
      '<script>window.__pwned = true</script>Plain words after a script tag.',
    )
    expect(screen.getByText(/^By/)).toHaveTextContent(
      'By <i>Tag</i> Name, <a href="javascript:alert(1)">Title</a>',
    )
    // The one link is the section's own page: the byline's markup made none.
    expect(
      within(screen.getByRole('article'))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['World'])
  })

  test('sets a right-to-left article in its own language and direction', async () => {
    renderApp('/articles/fixture-right-to-left')
    await screen.findByRole('heading', { level: 1, name: 'مقال تجريبي باللغة العربية' })
    expect(screen.getByRole('article')).toHaveAttribute('dir', 'rtl')
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'ar')
  })
})

describe('when an article cannot be shown', () => {
  test('an unknown slug is a not-found page inside the site, asked for once', async () => {
    let requests = 0
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/articles/no-such-story.json')) requests += 1
    })
    renderApp('/articles/no-such-story')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
    // The page appears once the query has given up: a retry would already have happened.
    expect(requests).toBe(1)
    server.events.removeAllListeners()
    expect(screen.getByRole('navigation', { name: 'Site' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/')
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  })

  test('a malformed slug is not found without asking the server', async () => {
    let requests = 0
    server.events.on('request:start', () => {
      requests += 1
    })
    renderApp('/articles/..%2Fetc%2Fpasswd')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
    expect(requests).toBe(0)
    server.events.removeAllListeners()
  })

  test('an unknown path is a not-found page', async () => {
    renderApp('/no/such/page')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })

  test.each([
    ['fixture-blank-headline', 'headline', 'is blank'],
    ['fixture-no-body', 'body', 'has no block that can be shown'],
    ['fixture-not-json', '(file)', 'is not valid JSON'],
  ])(
    'invalid data (%s) says so plainly and names the problem for publishers',
    async (slug, path, reason) => {
      renderApp(`/articles/${slug}`)
      expect(
        await screen.findByRole('heading', { level: 1, name: 'This article can’t be displayed' }),
      ).toBeInTheDocument()
      const details = screen
        .getAllByRole('group')
        .find((group) => within(group).queryByText('Details for the publisher'))
      expect(details).toBeDefined()
      expect(within(details!).getByText(path)).toBeInTheDocument()
      expect(details).toHaveTextContent(`${path} ${reason}`)
      expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
    },
  )

  test('invalid data is requested once and never retried', async () => {
    let requests = 0
    server.use(
      http.get('*/content/articles/retry-probe.json', () => {
        requests += 1
        return HttpResponse.json({ headline: '' })
      }),
    )
    renderApp('/articles/retry-probe')
    await screen.findByRole('heading', { level: 1, name: 'This article can’t be displayed' })
    expect(requests).toBe(1)
  })

  test('a network failure is retried, and the article appears when a retry succeeds', async () => {
    let requests = 0
    server.use(
      http.get(`*/content/articles/${SEED_SLUG}.json`, () => {
        requests += 1
        return requests === 1 ? HttpResponse.error() : undefined
      }),
    )
    renderApp(`/articles/${SEED_SLUG}`)
    expect(
      await screen.findByRole('heading', { level: 1, name: /Deep Concerns/ }, { timeout: 4_000 }),
    ).toBeInTheDocument()
    expect(requests).toBe(2)
  })

  test('a server that keeps failing gets a can’t-reach page, and Try again loads the article once it recovers', async () => {
    let failing = true
    server.use(
      http.get(`*/content/articles/${SEED_SLUG}.json`, () =>
        failing ? new HttpResponse(null, { status: 503 }) : undefined,
      ),
    )
    const { user } = renderApp(`/articles/${SEED_SLUG}`)
    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: 'We can’t reach the article right now' },
      { timeout: 6_000 },
    )
    expect(heading).toBeInTheDocument()
    expect(document.title).toBe('We can’t reach the article right now – Broadsheet')
    failing = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    const headline = await screen.findByRole('heading', { level: 1, name: /Deep Concerns/ })
    // The button went with the error page: the reader starts again at the article, not at the top.
    await waitFor(() => {
      expect(headline).toHaveFocus()
    })
  }, 10_000)

  test('related stories failing to render never takes the article down', async () => {
    relatedStories.crash = true
    // React reports the error it caught; that report is expected here, and is the only one allowed.
    const logged: unknown[][] = []
    vi.mocked(console.error).mockImplementation((...args: unknown[]) => {
      logged.push(args)
    })
    try {
      renderApp('/articles/fixture-complete')
      const article = await screen.findByRole('article')
      expect(
        within(article).getByRole('heading', {
          level: 1,
          name: 'A Complete Fixture Article Uses Every Part of the Format',
        }),
      ).toBeInTheDocument()
      expect(
        within(article).getByRole('heading', { level: 2, name: 'A sub-heading' }),
      ).toBeVisible()
      expect(
        within(article).getByText('Related stories are unavailable right now.'),
      ).toBeInTheDocument()
      expect(screen.queryByRole('region', { name: 'Related stories' })).not.toBeInTheDocument()
      expect(logged.length).toBeGreaterThan(0)
      for (const args of logged)
        expect(args.map(String).join(' ')).toContain('related stories broke')
    } finally {
      relatedStories.crash = false
    }
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, test } from 'vitest'
import { readFixture, SEED_SLUG } from '../support/fixtures'

const json = (value: unknown) =>
  new HttpResponse(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } })
import { renderApp } from '../support/render-app'
import { server } from '../support/server'

// The section, author and topic pages against index files shaped as `npm run content` writes them.
const LISTINGS: Record<string, string> = {
  'sections/world': 'listings/section-world.json',
  'authors/helena-barrowcliffe': 'listings/author-helena-barrowcliffe.json',
  'authors/shelby-talcott': 'listings/author-shelby-talcott.json',
  'topics/ukraine-war': 'listings/topic-ukraine-war.json',
}

beforeEach(() => {
  server.use(
    http.get('*/content/:folder/:slug/index.json', ({ params }) => {
      const fixture = LISTINGS[`${String(params.folder)}/${String(params.slug)}`]
      return fixture === undefined
        ? new HttpResponse('Not found', { status: 404 })
        : json(readFixture(fixture))
    }),
    http.get('*/content/authors/:file', ({ params }) =>
      params.file === 'helena-barrowcliffe.json'
        ? json(readFixture('listings/profile-helena-barrowcliffe.json'))
        : new HttpResponse('Not found', { status: 404 }),
    ),
  )
})

describe('a section page', () => {
  test('is named by its section, lists its stories, and the masthead marks it current', async () => {
    renderApp('/sections/world')
    expect(await screen.findByRole('heading', { level: 1, name: 'World' })).toBeInTheDocument()
    expect(document.title).toBe('World – Broadsheet')
    const list = screen.getByRole('list', { name: 'Latest in World' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(3)
    expect(
      within(list).getByRole('link', {
        name: 'Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion',
      }),
    ).toHaveAttribute('href', '/articles/russia-sought-aid-from-ccp-before-ukraine-invasion')
    const site = screen.getByRole('navigation', { name: 'Site' })
    expect(within(site).getByRole('link', { name: 'World' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(within(site).getByRole('link', { name: 'Science' })).not.toHaveAttribute('aria-current')
  })

  test('/sections/world/page/1 is the section itself, at its one address', async () => {
    renderApp('/sections/world/page/1')
    expect(await screen.findByRole('heading', { level: 1, name: 'World' })).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Pages of stories' })).toBeNull()
  })

  test('an older page links back to newer stories and is titled by its place', async () => {
    server.use(
      http.get('*/content/sections/world/pages/2.json', () =>
        HttpResponse.json({
          ...(readFixture('listings/section-world.json') as object),
          page: 2,
          pageCount: 2,
        }),
      ),
    )
    renderApp('/sections/world/page/2')
    await screen.findByRole('heading', { level: 1, name: 'World' })
    expect(document.title).toBe('World, page 2 of 2 – Broadsheet')
    const pages = screen.getByRole('navigation', { name: 'Pages of stories' })
    expect(within(pages).getByRole('link', { name: 'Newer stories' })).toHaveAttribute(
      'href',
      '/sections/world',
    )
  })

  test('a section with no index file is not found', async () => {
    renderApp('/sections/atlantis')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })

  test.each(['/sections/World', '/sections/a..b', '/topics/x/page/0'])(
    '%s is no page at all, without asking the server',
    async (path) => {
      renderApp(path)
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
      ).toBeInTheDocument()
    },
  )

  test('a server error says the section can’t be reached, and Try again loads it', async () => {
    let fail = true
    server.use(
      http.get('*/content/sections/world/index.json', () =>
        fail
          ? new HttpResponse(null, { status: 503 })
          : json(readFixture('listings/section-world.json')),
      ),
    )
    const { user } = renderApp('/sections/world')
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'We can’t reach the section right now' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument()
    fail = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'World' })).toHaveFocus()
  }, 15_000)
})

describe('an author page', () => {
  test('shows the profile: role, biography, photo and links, then the author’s stories', async () => {
    renderApp('/authors/helena-barrowcliffe')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Helena Barrowcliffe' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Helena Barrowcliffe – Broadsheet')
    expect(screen.getByText('Diplomatic Correspondent')).toBeInTheDocument()
    expect(screen.getByText(/covers diplomacy and security for Broadsheet/)).toBeInTheDocument()
    expect(screen.getByRole('img', { name: 'Helena Barrowcliffe' })).toBeInTheDocument()
    const links = screen.getByRole('list', { name: 'Helena Barrowcliffe elsewhere' })
    expect(
      within(links).getByRole('link', { name: /^Helena on Mastodon\s*\(external site\)$/ }),
    ).toHaveAttribute('href', 'https://example.org/@helena')
    const stories = screen.getByRole('list', { name: 'Stories by Helena Barrowcliffe' })
    expect(within(stories).getAllByRole('listitem')).toHaveLength(1)
  })

  test('an author without a profile still has a page, named and titled from the bylines', async () => {
    renderApp('/authors/shelby-talcott')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Shelby Talcott' }),
    ).toBeInTheDocument()
    expect(screen.getByText('Senior White House Correspondent')).toBeInTheDocument()
    expect(screen.getByRole('list', { name: 'Stories by Shelby Talcott' })).toBeInTheDocument()
  })

  test('a broken profile is left out and the stories stay', async () => {
    server.use(
      http.get('*/content/authors/helena-barrowcliffe.json', () =>
        HttpResponse.json({ name: '   ', bio: 'not a list' }),
      ),
    )
    renderApp('/authors/helena-barrowcliffe')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Helena Barrowcliffe' }),
    ).toBeInTheDocument()
    expect(screen.queryByText(/covers diplomacy/)).toBeNull()
    expect(screen.getByRole('list', { name: 'Stories by Helena Barrowcliffe' })).toBeInTheDocument()
  })
})

describe('a topic page', () => {
  test('is labelled as a topic and lists every story tagged with it', async () => {
    renderApp('/topics/ukraine-war')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ukraine war' }),
    ).toBeInTheDocument()
    expect(screen.getByText('Topic')).toBeInTheDocument()
    expect(
      within(screen.getByRole('list', { name: 'Latest in Ukraine war' })).getAllByRole('listitem'),
    ).toHaveLength(3)
  })
})

describe('links to the new pages', () => {
  test('an article’s section, byline and topics link to their pages', async () => {
    renderApp(`/articles/${SEED_SLUG}`)
    const article = await screen.findByRole('article')
    expect(within(article).getByRole('link', { name: 'World' })).toHaveAttribute(
      'href',
      '/sections/world',
    )
    expect(within(article).getByRole('link', { name: 'Shelby Talcott' })).toHaveAttribute(
      'href',
      '/authors/shelby-talcott',
    )
    const topics = within(article).getByRole('navigation', { name: 'Topics' })
    expect(
      within(topics)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Russia', '/topics/russia'],
      ['China', '/topics/china'],
      ['Ukraine war', '/topics/ukraine-war'],
    ])
  })

  test('following a byline opens the author’s page with focus on its heading', async () => {
    const { user } = renderApp(`/articles/${SEED_SLUG}`)
    await user.click(await screen.findByRole('link', { name: 'Shelby Talcott' }))
    const heading = await screen.findByRole('heading', { level: 1, name: 'Shelby Talcott' })
    await waitFor(() => {
      expect(heading).toHaveFocus()
    })
    expect(document.title).toBe('Shelby Talcott – Broadsheet')
  })

  test('a story card’s section label opens the section', async () => {
    const { user } = renderApp('/')
    const list = await screen.findByRole('list', { name: 'Latest stories' })
    await user.click(within(list).getAllByRole('link', { name: 'World' })[0]!)
    expect(await screen.findByRole('heading', { level: 1, name: 'World' })).toBeInTheDocument()
  })
})

describe('the masthead’s sections', () => {
  test('list the publisher’s sections in order behind a Sections button that Escape closes', async () => {
    const { user } = renderApp('/')
    const site = screen.getByRole('navigation', { name: 'Site' })
    const toggle = within(site).getByRole('button', { name: 'Sections' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const list = document.getElementById(toggle.getAttribute('aria-controls') ?? '')!
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['World', 'Local', 'Science', 'Culture'])
    await user.tab()
    expect(within(list).getByRole('link', { name: 'World' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveFocus()
  })
})

import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, test } from 'vitest'
import { renderApp } from '../support/render-app'
import { server } from '../support/server'

// An archive of 65 stories in pages of 30, as `npm run content` writes it: index.json, pages/2.json, pages/3.json.
const STORY_COUNT = 65
const PER_PAGE = 30
const PAGE_COUNT = 3

function story(number: number) {
  const day = String(28 - (number % 28)).padStart(2, '0')
  return {
    slug: `story-${number}`,
    headline: `Story number ${number}`,
    section: 'World',
    publishedAt: `2024-02-${day}T12:00:00Z`,
  }
}

function pageFile(page: number) {
  const numbers = Array.from({ length: STORY_COUNT }, (_, index) => index + 1).slice(
    (page - 1) * PER_PAGE,
    page * PER_PAGE,
  )
  return { articles: numbers.map(story), page, pageCount: PAGE_COUNT }
}

beforeEach(() => {
  server.use(
    http.get('*/content/index.json', () => HttpResponse.json(pageFile(1))),
    http.get('*/content/pages/:file', ({ params }) => {
      const page = Number(String(params.file).replace(/\.json$/, ''))
      return page >= 2 && page <= PAGE_COUNT
        ? HttpResponse.json(pageFile(page))
        : new HttpResponse('Not found', { status: 404 })
    }),
  )
})

describe('a front page in pages', () => {
  test('the first page shows its stories, where it is, and a link to older ones only', async () => {
    renderApp('/')
    const list = await screen.findByRole('list', { name: 'Latest stories' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(PER_PAGE)
    const pages = screen.getByRole('navigation', { name: 'Pages of stories' })
    expect(pages).toHaveTextContent('Page 1 of 3')
    expect(within(pages).getByRole('link', { name: 'Older stories' })).toHaveAttribute(
      'href',
      '/page/2',
    )
    expect(within(pages).queryByRole('link', { name: 'Newer stories' })).toBeNull()
  })

  test('a reader pages back through the archive and forward again', async () => {
    const { user } = renderApp('/')
    await user.click(await screen.findByRole('link', { name: 'Older stories' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Older stories, page 2 of 3' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Older stories, page 2 of 3 – Broadsheet')
    expect(screen.getByRole('link', { name: 'Story number 31' })).toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Older stories' }))
    const last = await screen.findByRole('list', { name: 'Older stories, page 3 of 3' })
    expect(within(last).getAllByRole('listitem')).toHaveLength(STORY_COUNT - 2 * PER_PAGE)
    expect(screen.queryByRole('link', { name: 'Older stories' })).toBeNull()

    await user.click(screen.getByRole('link', { name: 'Newer stories' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Older stories, page 2 of 3' }),
    ).toBeInTheDocument()
  })

  test('/page/1 is the front page itself, at its one address', async () => {
    renderApp('/page/1')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Latest stories' }),
    ).toBeInTheDocument()
    // The masthead's "Front page" link is marked current only at "/": the address was replaced.
    expect(screen.getByRole('link', { name: 'Front page' })).toHaveAttribute('aria-current', 'page')
  })

  test.each(['/page/0', '/page/two', '/page/02', '/page/100001'])(
    '%s is no page at all',
    async (path) => {
      renderApp(path)
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
      ).toBeInTheDocument()
    },
  )

  test('a page past the end of the archive is not found', async () => {
    renderApp('/page/4')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })
})

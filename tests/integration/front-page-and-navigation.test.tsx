import { screen, waitFor, within } from '@testing-library/react'
import { articleQueryOptions } from '../../src/data/queries'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { renderApp } from '../support/render-app'
import { SEED_RELATED_SLUG, SEED_SLUG } from '../support/fixtures'
import { server } from '../support/server'

describe('the front page', () => {
  test('lists every story in the index, newest first, each linking to its article', async () => {
    // A slow connection: long enough for the loading message to be said.
    server.use(
      http.get('*/content/index.json', async () => {
        await delay(400)
      }),
    )
    renderApp('/')
    // The message goes into its live region a moment after the region appears, so screen readers announce it.
    const loading = screen
      .getAllByRole('status')
      .find((region) => region.classList.contains('loading-status'))
    expect(loading).toBeEmptyDOMElement()
    expect(await screen.findByText('Loading Broadsheet…')).toBe(loading)
    const list = await screen.findByRole('list', { name: 'Latest stories' })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(8)
    const headlines = items.map(
      (item) => within(item).getByRole('heading', { level: 2 }).textContent,
    )
    expect(headlines[0]).toBe(
      'US Has ‘Deep Concerns’ About China’s Alignment With Russia, Official Says',
    )
    expect(headlines[1]).toBe('Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion')
    expect(
      within(items[1]!).getByRole('link', {
        name: 'Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion',
      }),
    ).toHaveAttribute('href', `/articles/${SEED_RELATED_SLUG}`)
    expect(document.title).toBe('Broadsheet')
  })

  test('shows kicker, standfirst, section, date and thumbnail for a story', async () => {
    renderApp('/')
    const link = await screen.findByRole('link', {
      name: 'Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion',
    })
    const card = link.closest('li')!
    expect(within(card).getByText('Sample article')).toBeInTheDocument()
    expect(within(card).getByText('World')).toBeInTheDocument()
    expect(within(card).getByText('March 13, 2022')).toHaveAttribute(
      'datetime',
      '2022-03-13T18:00:00-05:00',
    )
    expect(card.querySelector('img')).toHaveAttribute(
      'src',
      '/content/images/russia-sought-aid-from-ccp-before-ukraine-invasion-1.jpg',
    )
    expect(card.querySelectorAll('p').length).toBeGreaterThanOrEqual(3)
  })

  test('a broken index says the front page can’t be displayed, and the site still works', async () => {
    server.use(http.get('*/content/index.json', () => HttpResponse.json({ articles: 'nope' })))
    renderApp('/')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This front page can’t be displayed' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Broadsheet' })).toHaveAttribute('href', '/')
  })
})

describe('moving around inside the app', () => {
  test('front page to article: the title changes and focus moves to the new headline', async () => {
    const { user } = renderApp('/')
    await user.click(
      await screen.findByRole('link', {
        name: 'Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion',
      }),
    )
    const headline = await screen.findByRole('heading', {
      level: 1,
      name: 'Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion',
    })
    expect(headline).toHaveFocus()
    expect(document.title).toBe(
      'Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion – Broadsheet',
    )
  })

  test('the first page load leaves focus where the browser put it', async () => {
    renderApp(`/articles/${SEED_SLUG}`)
    const headline = await screen.findByRole('heading', { level: 1 })
    expect(headline).not.toHaveFocus()
  })

  test('an inline related link opens the story inside the app, and the header link returns home', async () => {
    const { user } = renderApp(`/articles/${SEED_SLUG}`)
    await screen.findByRole('heading', { level: 1, name: /Deep Concerns/ })
    const inline = screen.getByText('Related:', { exact: false }).closest('p')!
    await user.click(within(inline).getByRole('link'))
    expect(
      await screen.findByRole('heading', { level: 1, name: /Russia Had Sought Aid/ }),
    ).toHaveFocus()
    await user.click(screen.getByRole('link', { name: 'Front page' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest stories' })).toHaveFocus()
    expect(screen.getByRole('link', { name: 'Front page' })).toHaveAttribute('aria-current', 'page')
  })

  test('hovering a related story fetches it once, so the click opens it without a loading state', async () => {
    let requests = 0
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith(`/articles/${SEED_RELATED_SLUG}.json`)) requests += 1
    })
    const { user, queryClient } = renderApp(`/articles/${SEED_SLUG}`)
    await screen.findByRole('heading', { level: 1, name: /Deep Concerns/ })
    const related = screen.getByRole('region', { name: 'Related stories' })
    const link = within(related).getByRole('link', { name: /Russia Had Sought Aid/ })
    await user.hover(link)
    await waitFor(() => {
      expect(
        queryClient.getQueryState(articleQueryOptions(SEED_RELATED_SLUG).queryKey)?.status,
      ).toBe('success')
    })
    await user.click(link)
    expect(screen.queryByText('Loading the article…')).not.toBeInTheDocument()
    expect(
      await screen.findByRole('heading', { level: 1, name: /Russia Had Sought Aid/ }),
    ).toBeInTheDocument()
    expect(requests).toBe(1)
    server.events.removeAllListeners()
  })

  test('the skip link leads to the main content', async () => {
    renderApp('/')
    const skip = screen.getByRole('link', { name: 'Skip to content' })
    expect(skip).toHaveAttribute('href', '#main')
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Latest stories' }),
    ).toBeInTheDocument()
  })
})

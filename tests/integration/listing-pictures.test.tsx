import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import { readFixture } from '../support/fixtures'
import { renderApp } from '../support/render-app'
import { server } from '../support/server'

// A listing has no lead story: its first picture is the page's largest paint, and must not wait for layout
// as a lazy picture does (Lighthouse put a section page's LCP 1.3 s behind a static copy's for that alone).

test('a section page fetches its first picture at once, and lets the others wait for the scroll', async () => {
  server.use(
    http.get(
      '*/content/sections/world/index.json',
      () =>
        new HttpResponse(JSON.stringify(readFixture('listings/section-world.json')), {
          headers: { 'Content-Type': 'application/json' },
        }),
    ),
  )
  renderApp('/sections/world')
  const list = await screen.findByRole('list', { name: 'Latest in World' })
  // The thumbnails repeat the headline beside them, so they are decorative (alt="") and have no role.
  const pictures = [...list.querySelectorAll('img')]
  expect(pictures.length).toBeGreaterThan(1)
  expect(
    pictures.map((img) => [img.getAttribute('loading'), img.getAttribute('fetchpriority')]),
  ).toEqual([['eager', 'high'], ...pictures.slice(1).map(() => ['lazy', 'auto'])])
})

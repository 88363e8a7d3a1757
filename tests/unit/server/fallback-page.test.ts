// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest'
import { createHandler } from '../../../src/server/handler'
import type { PageRenderer } from '../../../src/server/page-types'

// The words are picked when the module loads, from the build's VITE_LOCALE: each case loads it afresh.
async function fallbackFor(locale: string): Promise<Document> {
  vi.stubEnv('VITE_LOCALE', locale)
  vi.resetModules()
  const { fallbackHtml } = await import('../../../src/server/fallback-page')
  return new DOMParser().parseFromString(fallbackHtml, 'text/html')
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('the handler’s last-resort page is in the publication’s language', () => {
  test.each([
    {
      locale: 'en',
      dir: 'ltr',
      title: 'This page can’t be displayed',
      body: 'Something went wrong while showing this page. Please try again in a moment.',
    },
    {
      locale: 'fr',
      dir: 'ltr',
      title: 'Impossible d’afficher cette page',
      body: 'Un problème est survenu lors de l’affichage de cette page. Veuillez réessayer dans un instant.',
    },
    {
      locale: 'ar',
      dir: 'rtl',
      title: 'تعذّر عرض هذه الصفحة',
      body: 'حدث خطأ أثناء عرض هذه الصفحة. يُرجى المحاولة مرة أخرى بعد قليل.',
    },
  ])('a $locale build says it in its own words, with lang and dir', async (expected) => {
    const page = await fallbackFor(expected.locale)
    expect(page.documentElement.lang).toBe(expected.locale)
    expect(page.documentElement.dir).toBe(expected.dir)
    expect(page.title).toBe(expected.title)
    expect(page.querySelector('h1')?.textContent).toBe(expected.title)
    expect(page.querySelector('p')?.textContent).toBe(expected.body)
  })
})

function brokenRenderer(fallbackHtml: string): PageRenderer {
  const fail = () => {
    throw new Error('the renderer is broken')
  }
  return {
    prerenderArticle: fail,
    prerenderFrontPage: fail,
    prerenderSection: fail,
    prerenderAuthor: fail,
    prerenderTopic: fail,
    prerenderShell: fail,
    prerenderNotFound: fail,
    prerenderUnreadable: fail,
    prerenderUnreachable: fail,
    fallbackHtml,
    basePath: '/',
  }
}

test('when even the problem page fails, the handler sends the build’s own last-resort page', async () => {
  const french = '<!doctype html><html lang="fr"><h1>Impossible d’afficher cette page</h1></html>'
  const handler = createHandler({
    renderer: brokenRenderer(french),
    template: '<!doctype html><html><head></head><body><div id="root"></div></body></html>',
    content: { getJson: () => Promise.resolve(undefined) },
    log: () => undefined,
  })
  const response = await handler(new Request('http://127.0.0.1/no-such-page'))
  expect(response.status).toBe(500)
  expect(response.headers.get('Cache-Control')).toBe('no-store')
  expect(await response.text()).toBe(french)
})

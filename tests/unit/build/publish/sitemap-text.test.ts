import { describe, expect, test } from 'vitest'
import {
  urlCount,
  withElement,
  withIndexEntries,
  withLastmods,
  withoutElements,
} from '../../../../build/publish/sitemap-text'
import { sitemapIndexXml, sitemapXml } from '../../../../build/syndication/sitemaps'

const url = (slug: string) => `https://news.example/articles/${slug}`
const at = (day: number) => new Date(Date.UTC(2026, 10, day))

async function sitemap(...slugs: string[]) {
  return sitemapXml(slugs.map((slug) => ({ url: url(slug), lastmod: at(1) })))
}

async function element(slug: string, day: number) {
  const xml = await sitemapXml([{ url: url(slug), lastmod: at(day) }])
  return xml.slice(xml.indexOf('<url>'), xml.lastIndexOf('</urlset>'))
}

describe('editing a sitemap entry by entry', () => {
  test('a story’s entry is replaced where it stands, the others left byte for byte', async () => {
    const edited = withElement(await sitemap('a', 'b', 'c'), url('b'), await element('b', 9))
    expect(edited).toBe(
      (await sitemap('a', 'b', 'c')).replace(
        `<loc>${url('b')}</loc><lastmod>${at(1).toISOString()}</lastmod>`,
        `<loc>${url('b')}</loc><lastmod>${at(9).toISOString()}</lastmod>`,
      ),
    )
    expect(urlCount(edited)).toBe(3)
  })

  test('a story it does not list is added at the end', async () => {
    const edited = withElement(await sitemap('a'), url('new'), await element('new', 2))
    expect(urlCount(edited)).toBe(2)
    expect(edited.endsWith(`${await element('new', 2)}</urlset>`)).toBe(true)
  })

  test('a page’s lastmod moves only forward', async () => {
    const xml = await sitemap('a', 'b')
    expect(withLastmods(xml, [url('a')], at(5))).toContain(
      `<loc>${url('a')}</loc><lastmod>${at(5).toISOString()}</lastmod>`,
    )
    const later = withLastmods(xml, [url('a')], at(5))
    expect(withLastmods(later, [url('a')], at(3))).toBe(later)
  })

  test('a listing that is gone leaves the sitemap', async () => {
    expect(withoutElements(await sitemap('a', 'b'), [url('a')])).toBe(await sitemap('b'))
  })

  test('the index’s entry for a changed file gets its date; a removed one goes', async () => {
    const files = [1, 2].map((n) => `https://news.example/sitemaps/sitemap-${n}.xml`)
    const news = 'https://news.example/sitemaps/news.xml'
    const index = await sitemapIndexXml([
      { url: files[0] ?? '', lastmod: at(1) },
      { url: files[1] ?? '', lastmod: at(1) },
      { url: news, lastmod: at(1) },
    ])
    const edited = await withIndexEntries(
      index,
      [],
      new Map([
        [files[1] ?? '', at(7)],
        [news, null],
      ]),
    )
    expect(edited).toBe(
      await sitemapIndexXml([
        { url: files[0] ?? '', lastmod: at(1) },
        { url: files[1] ?? '', lastmod: at(7) },
      ]),
    )
  })
})

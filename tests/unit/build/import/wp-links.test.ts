import { describe, expect, test } from 'vitest'
import { PostLinks } from '../../../../build/import/wp-links'

function links(): PostLinks {
  const found = new PostLinks('https://harbour.example/', ['https://www.harbour.example'])
  found.add({
    id: '301',
    slug: 'sea-wall-plan',
    postName: 'sea-wall-plan',
    link: 'https://www.harbour.example/2024/09/30/sea-wall-plan/',
    guid: 'https://harbour.example/?p=301',
  })
  found.add({
    id: '303',
    slug: 'inzhener',
    postName: '%d0%b8%d0%bd%d0%b6%d0%b5%d0%bd%d0%b5%d1%80',
    link: 'https://harbour.example/2024/09/20/%d0%b8%d0%bd%d0%b6%d0%b5%d0%bd%d0%b5%d1%80/',
  })
  return found
}

describe('links between imported posts', () => {
  test.each([
    ['the permalink', 'https://www.harbour.example/2024/09/30/sea-wall-plan/'],
    [
      'the permalink without www, on http:, without the slash',
      'http://harbour.example/2024/09/30/sea-wall-plan',
    ],
    ['the guid', 'https://harbour.example/?p=301'],
    ['a shortlink through index.php', 'https://harbour.example/index.php?p=301'],
    ['?page_id=', 'https://harbour.example/?page_id=301'],
    ['a relative permalink', '/2024/09/30/sea-wall-plan/'],
    ['an older permalink structure, by the post’s name', 'https://harbour.example/sea-wall-plan/'],
    ['a category-based permalink', 'https://harbour.example/news/sea-wall-plan/'],
    ['a PATHINFO permalink', 'https://harbour.example/index.php/2024/09/30/sea-wall-plan/'],
    ['the AMP copy', 'https://harbour.example/2024/09/30/sea-wall-plan/amp/'],
    ['a link to its comments', 'https://harbour.example/2024/09/30/sea-wall-plan/#comments'],
    ['its second page', 'https://harbour.example/2024/09/30/sea-wall-plan/2/'],
  ])('%s points at the article', (_name, href) => {
    expect(links().slugFor(href)).toBe('sea-wall-plan')
  })

  test.each([
    [
      'a non-Latin name, percent-encoded',
      'https://harbour.example/2024/09/20/%D0%B8%D0%BD%D0%B6%D0%B5%D0%BD%D0%B5%D1%80/',
    ],
    ['a non-Latin name, as written', 'https://harbour.example/инженер/'],
  ])('%s points at the article', (_name, href) => {
    expect(links().slugFor(href)).toBe('inzhener')
  })

  test('a site installed in a folder answers ?p= there', () => {
    const found = new PostLinks('https://harbour.example/blog/')
    found.add({ id: '5', slug: 'five', postName: 'five' })
    expect([found.slugFor('/blog/?p=5'), found.slugFor('/shop/?p=5')]).toEqual(['five', undefined])
  })

  test.each([
    ['a date archive', 'https://harbour.example/2024/09/'],
    ['another site', 'https://rival.example/2024/09/30/sea-wall-plan/'],
    ['a category archive of the same name', 'https://harbour.example/category/sea-wall-plan/'],
    ['a tag archive', 'https://harbour.example/tag/sea-wall-plan/'],
    ['an upload', 'https://harbour.example/wp-content/uploads/2024/09/sea-wall-plan.pdf'],
    ['a file named like the post', 'https://harbour.example/sea-wall-plan.pdf'],
    ['a post that was not imported', 'https://harbour.example/?p=999'],
    ['the front page', 'https://harbour.example/'],
    ['a page on the site', 'https://harbour.example/contact/'],
    ['a fragment', '#comments'],
    ['mail', 'mailto:desk@harbour.example'],
  ])('%s is left alone', (_name, href) => {
    expect(links().slugFor(href)).toBeUndefined()
  })
})

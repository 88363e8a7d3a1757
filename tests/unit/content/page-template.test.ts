import { expect, test } from 'vitest'
import { deferredAppLoader, fillTemplate, ROOT_ELEMENT } from '../../../src/content/page-template'
import { TRUSTED_TYPES_POLICIES } from '../../../src/content/trusted-types'

// What a prerendered or on-demand page is made of: the client build's index.html with the page's own head
// and body in it, and, where the page is readable without JavaScript, the app's script loaded after paint.

const template = [
  '<!doctype html><html><head>',
  '<meta name="description" content="The site">',
  '<title>Broadsheet</title>',
  '<script type="module" crossorigin src="/assets/app-1.js"></script>',
  '</head><body>',
  ROOT_ELEMENT,
  '</body></html>',
].join('')

const page = { head: '<title>A story</title>', body: '<main><h1>A story</h1></main>' }

test('the page’s head replaces the template’s title and its body fills the root', () => {
  const html = fillTemplate(template, page, { deferApp: false })
  expect(html).toBe(
    [
      '<!doctype html><html><head>',
      '<meta name="description" content="The site">',
      '<title>A story</title>',
      '<script type="module" crossorigin src="/assets/app-1.js"></script>',
      '</head><body>',
      '<div id="root"><main><h1>A story</h1></main></div>',
      '</body></html>',
    ].join(''),
  )
})

test('a page with a description of its own drops the template’s generic one, however it is laid out', () => {
  const head = '<title>A story</title><meta name="description" content="About the story">'
  const laidOut = template.replace(
    '<meta name="description" content="The site">',
    '<meta\n    name="description"\n    content="The site"\n  />\n  ',
  )
  const html = fillTemplate(laidOut, { ...page, head }, { deferApp: false })
  expect(html).toBe(
    [
      '<!doctype html><html><head>',
      head,
      '<script type="module" crossorigin src="/assets/app-1.js"></script>',
      '</head><body>',
      '<div id="root"><main><h1>A story</h1></main></div>',
      '</body></html>',
    ].join(''),
  )
})

test('text that looks like a replacement pattern is written as it is', () => {
  const html = fillTemplate(
    template,
    { head: '<title>$& $1</title>', body: '$`' },
    { deferApp: false },
  )
  expect(html).toContain('<title>$& $1</title>')
  expect(html).toContain('<div id="root">$`</div>')
})

test('a readable page loads the app’s own script after the first paint, through its named policy', () => {
  const html = fillTemplate(template, page, { deferApp: true })
  expect(html).not.toContain('<script type="module" crossorigin src="/assets/app-1.js"></script>')
  expect(html).toContain(deferredAppLoader('/assets/app-1.js'))
  const loader = deferredAppLoader('/assets/app-1.js')
  // The policy the Content Security Policy permits (build/deploy/security-headers.ts names the same one).
  expect(loader).toContain(
    `trustedTypes.createPolicy(${JSON.stringify(TRUSTED_TYPES_POLICIES.appLoader)}`,
  )
  expect(loader).toContain('if(u!=="/assets/app-1.js")throw')
  // After the first paint, and after every picture in the first viewport (loaded or failed), but never
  // later than a second.
  expect(loader).toContain('requestAnimationFrame(function(){setTimeout(load,0)})')
  expect(loader).toContain('getBoundingClientRect()')
  expect(loader).toContain("i.addEventListener('load',one);i.addEventListener('error',one)")
  expect(loader).toContain('setTimeout(load,1000)')
})

test('a template without the app’s script cannot be deferred', () => {
  expect(() =>
    fillTemplate('<title>x</title><div id="root"></div>', page, { deferApp: true }),
  ).toThrow('The template has no module script for the app.')
})

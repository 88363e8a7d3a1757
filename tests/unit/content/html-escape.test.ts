import { expect, test } from 'vitest'
import { escapeHtml, scriptJson } from '../../../src/content/html-escape'

// The prerendered page's head and embedded state are written as HTML outside React: a headline full of markup
// must arrive as the words, and embedded JSON must not be able to end its <script>.

test('every character with a meaning in HTML is written as its entity', () => {
  expect(escapeHtml(`Tom & Jerry's "<b>best</b>"`)).toBe(
    'Tom &amp; Jerry&#39;s &quot;&lt;b&gt;best&lt;/b&gt;&quot;',
  )
})

test('text without markup is written as it is', () => {
  expect(escapeHtml('Élection à Paris — 2026')).toBe('Élection à Paris — 2026')
})

test('embedded JSON cannot close its script or open a comment, and keeps its value', () => {
  const value = { headline: '</script><!-- & \u2028\u2029' }
  const json = scriptJson(value)
  expect(json).toBe('{"headline":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}')
  expect(JSON.parse(json)).toEqual(value)
})

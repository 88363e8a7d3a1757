import { expect, test } from 'vitest'
import { articleFile, frontPageFile } from '../../../src/content/content-files'
import { articlePath, frontPagePath } from '../../../src/content/site-paths'

// The names publishers give their files and the addresses readers see (docs/article-format.md). Each name is
// made inside its test, so mutation testing's per-test coverage credits the test that checks it.
test.each([
  ['the article a-story', () => articleFile('a-story'), 'articles/a-story.json'],
  ['front page 1', () => frontPageFile(1), 'index.json'],
  ['front page 2', () => frontPageFile(2), 'pages/2.json'],
  ['front page 40', () => frontPageFile(40), 'pages/40.json'],
])('the file of %s is %s', (_what, name, expected) => {
  expect(name()).toBe(expected)
})

test.each([
  ['the article a-story', () => articlePath('a-story'), '/articles/a-story'],
  ['the front page', () => frontPagePath(), '/'],
  ['front page 1', () => frontPagePath(1), '/'],
  ['front page 3', () => frontPagePath(3), '/page/3'],
])('the address of %s is %s', (_what, address, expected) => {
  expect(address()).toBe(expected)
})

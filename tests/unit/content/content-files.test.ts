import { expect, test } from 'vitest'
import {
  articleFile,
  authorProfileFile,
  frontPageFile,
  listingFile,
  listingFolder,
  SECTIONS_FILE,
} from '../../../src/content/content-files'
import { articlePath, frontPagePath } from '../../../src/content/site-paths'

// The names publishers give their files and the addresses readers see (docs/article-format.md). Each name is
// made inside its test, so mutation testing's per-test coverage credits the test that checks it.
test.each([
  ['the article a-story', () => articleFile('a-story'), 'articles/a-story.json'],
  ['front page 1', () => frontPageFile(1), 'index.json'],
  ['front page 2', () => frontPageFile(2), 'pages/2.json'],
  ['front page 40', () => frontPageFile(40), 'pages/40.json'],
  [
    'the section world, page 1',
    () => listingFile('section', 'world', 1),
    'sections/world/index.json',
  ],
  ['the author a-b, page 2', () => listingFile('author', 'a-b', 2), 'authors/a-b/pages/2.json'],
  [
    'the topic climate, page 1',
    () => listingFile('topic', 'climate', 1),
    'topics/climate/index.json',
  ],
  ['the profile of the author a-b', () => authorProfileFile('a-b'), 'authors/a-b.json'],
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

test('each kind of listing has its own folder', () => {
  expect([listingFolder('section'), listingFolder('author'), listingFolder('topic')]).toEqual([
    'sections',
    'authors',
    'topics',
  ])
})

test('the masthead’s sections are listed in sections.json, beside the articles folder', () => {
  expect(SECTIONS_FILE).toBe('sections.json')
})

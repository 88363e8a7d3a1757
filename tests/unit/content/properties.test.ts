// @vitest-environment node
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  FONTS,
  LINE_SPACINGS,
  parseSettings,
  TEXT_SIZES,
  TEXT_WIDTHS,
  THEMES,
  SHORTCUTS,
  DEFAULT_SETTINGS,
} from '../../../src/features/reader-settings/settings'
import { IMAGE_TYPES } from '../../../src/content/format'
import type { ArticleData } from '../../../src/content/format'
import { parseArticle } from '../../../src/content/parse'
import {
  articleSlugFromPath,
  isHttpsUrlString,
  isSafeUrl,
  isSlug,
  MAX_SLUG_LENGTH,
} from '../../../src/content/safe-url'
import { toArticleView } from '../../../src/content/view-model'
import type { ArticleView } from '../../../src/content/view-model'
import type { ImageView } from '../../../src/content/image-view'
import type { RunView } from '../../../src/content/inline-view'
import { ContentError } from '../../../src/content/content-error'
import { repoRoot, SEED_SLUG, TEST_POLICY } from '../../support/fixtures'

// Properties of the reader's edge: whatever arrives, parsing ends in an article or an `invalid` ContentError,
// and nothing the parser lets through can make the page load or link to anything but this site or https.

// Under mutation testing every mutant reruns these: fewer cases each, the same properties.
const RUNS = process.env.STRYKER_MUTATOR_WORKER === undefined ? 1_000 : 25
const ARTICLE_URL = 'http://127.0.0.1:4173/content/articles/property.json'
const APP = 'http://127.0.0.1:4173/articles/property'
const APP_ORIGIN = new URL(APP).origin
const ARTICLE_PATH = /^\/articles\/[a-z0-9]+(?:-[a-z0-9]+)*$/

function readArticle(file: string): unknown {
  return JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8')) as unknown
}

const SEED = readArticle(`public/content/articles/${SEED_SLUG}.json`)

// ── Hostile building blocks ─────────────────────────────────────────────────────────────────────────────

/** Characters that browsers, HTML decoders or sloppy parsers drop or ignore inside a URL. */
const invisible = fc.constantFrom(
  ' ',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u000c',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2028',
  '\u2029',
  '\ufeff',
)
/** The ones the WHATWG URL parser strips: leading C0 controls and spaces, and tabs and newlines anywhere. */
const strippedByUrlParser = fc.constantFrom(' ', '\t', '\n', '\r', '\u0000', '\u0001', '\u001f')

function entityForms(char: string) {
  const code = char.charCodeAt(0)
  const hex = code.toString(16)
  return fc.constantFrom(
    `&#${code};`,
    `&#${code}`,
    `&#0000${code};`,
    `&#x${hex};`,
    `&#X${hex.toUpperCase()};`,
    `&#x0000${hex}`,
    `%${hex}`,
    `%${hex.toUpperCase()}`,
    `\\u00${hex}`,
  )
}

const colon = fc.oneof(
  { weight: 3, arbitrary: fc.constant(':') },
  { weight: 1, arbitrary: fc.constantFrom('&colon;', '&#58;', '&#x3a;', '&#X3A;', '%3a', '%3A') },
)

/** `javascript:`, `vbscript:` or `data:` in random case, with characters hidden in and before it. */
const dangerousSchemeUrl = fc
  .constantFrom('javascript', 'vbscript', 'data')
  .chain((scheme) =>
    fc.tuple(
      fc.string({ unit: invisible, maxLength: 3 }),
      fc.tuple(
        ...Array.from(scheme).map((char) =>
          fc
            .tuple(
              fc.oneof(
                { weight: 4, arbitrary: fc.constantFrom(char.toLowerCase(), char.toUpperCase()) },
                { weight: 1, arbitrary: entityForms(char) },
              ),
              fc.oneof(
                { weight: 3, arbitrary: fc.constant('') },
                {
                  weight: 1,
                  arbitrary: fc.string({ unit: invisible, minLength: 1, maxLength: 2 }),
                },
              ),
            )
            .map(([shown, hidden]) => shown + hidden),
        ),
      ),
      fc.string({ unit: invisible, maxLength: 1 }),
      colon,
      fc.constantFrom(
        'alert(1)',
        'window.__pwned=true',
        'text/html,<script>window.__pwned=true</script>',
        'image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
        '//evil.example/%0Aalert(1)',
        '/content/images/photo.jpg',
      ),
    ),
  )
  .map(
    ([lead, chars, gap, separator, payload]) => lead + chars.join('') + gap + separator + payload,
  )

const slash = fc.constantFrom('/', '\\')

/** Strings a browser resolves to another host: `//host`, `/\host`, `\\host`, with what the parser ignores. */
const protocolRelativeUrl = fc
  .tuple(
    fc.string({ unit: strippedByUrlParser, maxLength: 2 }),
    slash,
    fc.string({ unit: fc.constantFrom('\t', '\n', '\r'), maxLength: 2 }),
    slash,
    fc.array(slash, { maxLength: 2 }),
    fc.oneof(
      fc.domain(),
      fc.constantFrom('evil.example', '127.0.0.2:4173', 'user:pass@evil.example'),
    ),
    fc.constantFrom('', '/tracker.gif', '/articles/a-story', '?q=1', '#top'),
  )
  .map(
    ([lead, first, hidden, second, more, host, rest]) =>
      lead + first + hidden + second + more.join('') + host + rest,
  )

/** Fragments that URL parsers treat specially, glued together at random. */
const urlSoup = fc
  .array(
    fc.constantFrom(
      '/',
      '\\',
      '//',
      'https:',
      'https://',
      'HTTPS://',
      'http://',
      'javascript:',
      'data:',
      'evil.example',
      '127.0.0.1:4173',
      'user:pass@',
      'a',
      '.',
      '..',
      '%2f',
      '%5c',
      '%2e',
      '@',
      ':',
      '#',
      '?',
      ' ',
      '\t',
      '\n',
      '\u0000',
      '\u00a0',
      '\u200b',
      'content/images/a.jpg',
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''))

const safeUrl = fc.constantFrom(
  '/content/images/photo.jpg',
  '/articles/a-story',
  'https://example.com/photo.jpg',
  'HTTPS://images.example.com/a.webp',
)

const anyUrl = fc.oneof(
  dangerousSchemeUrl,
  protocolRelativeUrl,
  urlSoup,
  safeUrl,
  fc.string(),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
)

const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code))

const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.oneof(invisible, loneSurrogate, fc.constantFrom('\u202e', '\u2066', '<', '>')),
  }),
  fc.constantFrom(
    '',
    ' ',
    '\u200b',
    '<script>window.__pwned=true</script>',
    '<img src=x onerror=alert(1)>',
    '__proto__',
    'constructor',
    'x'.repeat(20_001),
  ),
)

/** Values that arrive where something else was expected, including keys JSON.parse keeps as plain data. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hostileText,
  anyUrl,
  fc.double(),
  fc.constantFrom(
    null,
    true,
    0,
    -0,
    -1,
    1.5,
    20_001,
    Number.MAX_SAFE_INTEGER + 2,
    [],
    {},
    JSON.parse('{"__proto__":{"headline":"polluted","type":"paragraph","text":"polluted"}}'),
    JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
  ),
)

// ── Mutating a real article ─────────────────────────────────────────────────────────────────────────────

type Key = string | number

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function pathsOf(value: unknown, prefix: Key[] = []): Key[][] {
  const children: [Key, unknown][] = Array.isArray(value)
    ? value.map((child, index): [Key, unknown] => [index, child])
    : isRecord(value)
      ? Object.entries(value)
      : []
  return children.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])])
}

const DELETE = Symbol('delete')

/** A copy of `value` with the value at `at` replaced (or removed); the original is never touched. */
function setAt(value: unknown, at: Key[], replacement: unknown): unknown {
  const [key, ...rest] = at
  if (key === undefined) return replacement
  if (Array.isArray(value) && typeof key === 'number') {
    const copy = (value as unknown[]).slice()
    const next = setAt(copy[key], rest, replacement)
    if (next === DELETE) copy.splice(key, 1)
    else copy[key] = next
    return copy
  }
  if (isRecord(value) && typeof key === 'string') {
    const copy: Record<string, unknown> = {}
    // defineProperty, not assignment: a "__proto__" key must stay plain data, as JSON.parse leaves it.
    const define = (name: string, child: unknown) =>
      Object.defineProperty(copy, name, {
        value: child,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    for (const [name, child] of Object.entries(value)) define(name, child)
    const next = setAt(value[key], rest, replacement)
    if (next === DELETE) Reflect.deleteProperty(copy, key)
    else define(key, next)
    return copy
  }
  return value
}

const URL_KEYS = new Set(['src', 'href', 'url'])

function mutationsOf(base: unknown) {
  const paths = pathsOf(base)
  const mutation = fc
    .constantFrom(...paths)
    .chain((at) =>
      fc.tuple(
        fc.constant(at),
        URL_KEYS.has(String(at.at(-1)))
          ? fc.oneof(anyUrl, hostileValue)
          : fc.oneof(
              { weight: 6, arbitrary: hostileValue },
              { weight: 1, arbitrary: fc.constant(DELETE) },
            ),
      ),
    )
  return fc
    .array(mutation, { minLength: 1, maxLength: 6 })
    .map((mutations) =>
      mutations.reduce<unknown>((article, [at, value]) => setAt(article, at, value), base),
    )
}

const hostileImage = fc.record(
  {
    src: anyUrl,
    alt: fc.oneof(fc.string(), hostileValue),
    width: fc.oneof(fc.integer({ min: 1, max: 20_000 }), hostileValue),
    height: fc.oneof(fc.integer({ min: 1, max: 20_000 }), hostileValue),
    caption: hostileText,
    variants: fc.array(
      fc.record({
        src: anyUrl,
        width: fc.oneof(fc.integer({ min: 1, max: 20_000 }), hostileValue),
        type: fc.constantFrom(...IMAGE_TYPES, 'image/gif', 'text/html'),
      }),
      { maxLength: 6 },
    ),
  },
  { requiredKeys: ['src', 'alt', 'width', 'height'] },
)

/** Every URL field of the format, filled with hostile URLs, grafted onto an otherwise valid article. */
const graftedUrls = fc.record({
  leadImage: hostileImage,
  images: fc.array(hostileImage, { maxLength: 3 }),
  runs: fc.array(
    fc.record(
      { text: fc.oneof(fc.string(), hostileText), href: anyUrl },
      { requiredKeys: ['text'] },
    ),
    { minLength: 1, maxLength: 8 },
  ),
  inlineRelated: fc.array(
    fc.record({
      type: fc.constant('related'),
      slug: fc.oneof(anyUrl, fc.string()),
      headline: fc.string(),
    }),
    { maxLength: 3 },
  ),
  related: fc.array(
    fc.oneof(
      fc.record({ url: anyUrl, headline: fc.string(), source: hostileText }),
      fc.record({
        slug: fc.oneof(fc.string(), urlSoup),
        headline: fc.string(),
        image: hostileImage,
      }),
    ),
    { maxLength: 8 },
  ),
})

// ── What a parsed article may contain ───────────────────────────────────────────────────────────────────

type Outcome = { ok: true; data: ArticleData } | { ok: false }

/** The only failure the reader's edge may raise is an `invalid` ContentError naming each problem. */
function parseOutcome(json: unknown): Outcome {
  try {
    return { ok: true, data: parseArticle(json, ARTICLE_URL) }
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError)
    const contentError = error as ContentError
    expect(contentError.kind).toBe('invalid')
    expect(contentError.problems.length).toBeGreaterThan(0)
    for (const problem of contentError.problems) {
      expect(problem.path).toMatch(/\S/)
      expect(problem.reason).toMatch(/\S/)
    }
    return { ok: false }
  }
}

/** The URLs of a srcset, the way the HTML parser splits it (so a comma trick can't smuggle one in). */
function srcsetUrls(srcset: string | undefined): string[] {
  if (srcset === undefined) return []
  const urls: string[] = []
  const isSpace = (char: string | undefined) => char !== undefined && /[\t\n\f\r ]/.test(char)
  let at = 0
  while (at < srcset.length) {
    while (at < srcset.length && (isSpace(srcset[at]) || srcset[at] === ',')) at += 1
    if (at >= srcset.length) break
    let end = at
    while (end < srcset.length && !isSpace(srcset[end])) end += 1
    const url = srcset.slice(at, end)
    at = end
    urls.push(url.replace(/,+$/, ''))
    if (url.endsWith(',')) continue
    let depth = 0
    while (at < srcset.length) {
      const char = srcset[at]
      at += 1
      if (char === '(') depth += 1
      else if (char === ')') depth -= 1
      else if (char === ',' && depth <= 0) break
    }
  }
  return urls
}

function imageUrls(image: ImageView | undefined): string[] {
  if (image === undefined) return []
  return [
    image.src,
    ...srcsetUrls(image.srcset),
    ...image.sources.flatMap((source) => srcsetUrls(source.srcset)),
  ]
}

function runLinks(runs: RunView[]) {
  return runs.flatMap((run) => (run.link ? [run.link] : []))
}

/** Every URL the page would request, every article it would link to, and every external link. */
function urlsOf(view: ArticleView) {
  const images = [...imageUrls(view.leadImage)]
  const articles: string[] = []
  const external: string[] = []
  const addRuns = (runs: RunView[]) => {
    for (const link of runLinks(runs))
      if (link.kind === 'internal') articles.push(link.slug)
      else external.push(link.href)
  }
  for (const block of view.body) {
    if (block.type === 'paragraph' || block.type === 'quote') addRuns(block.runs)
    else if (block.type === 'image') images.push(...imageUrls(block.image))
    else if (block.type === 'related') articles.push(block.slug)
  }
  for (const item of view.related) {
    if (item.kind === 'internal') {
      articles.push(item.slug)
      images.push(...imageUrls(item.image))
    } else external.push(item.href)
  }
  return { images, articles, external }
}

/** Where a browser on this site would actually go. */
function resolvesSafely(url: string): boolean {
  const resolved = new URL(url, APP)
  return resolved.origin === APP_ORIGIN || resolved.protocol === 'https:'
}

function expectSafeView(data: ArticleData) {
  const view = toArticleView(data, 'property', TEST_POLICY)
  const { images, articles, external } = urlsOf(view)
  for (const url of images) {
    expect(isSafeUrl(url), url).toBe(true)
    expect(url).toMatch(/^(?:\/(?![/\\])|https:\/\/)/i)
    expect(resolvesSafely(url), url).toBe(true)
  }
  for (const slug of articles) {
    expect(isSlug(slug), slug).toBe(true)
    const articlePath = `/articles/${slug}`
    expect(articlePath).toMatch(ARTICLE_PATH)
    expect(new URL(articlePath, APP).pathname).toBe(articlePath)
  }
  for (const url of external) {
    expect(isHttpsUrlString(url), url).toBe(true)
    expect(new URL(url).protocol).toBe('https:')
  }
  expect(view.related.length).toBeLessThanOrEqual(6)
}

function expectParsedSafely(json: unknown) {
  const before = JSON.stringify(json)
  const outcome = parseOutcome(json)
  if (outcome.ok) expectSafeView(outcome.data)
  // Parsing neither changes its input nor reaches through "__proto__" into every object.
  expect(JSON.stringify(json)).toBe(before)
  const inherited: string[] = []
  for (const key in {}) inherited.push(key)
  expect(inherited).toEqual([])
}

// ── The properties ──────────────────────────────────────────────────────────────────────────────────────

describe('parseArticle', () => {
  test('any JSON value is an article or an invalid ContentError, never another throw', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (json) => {
        expectParsedSafely(json)
      }),
      { numRuns: RUNS },
    )
  })

  test('any JavaScript value at all, objects included, is an article or an invalid ContentError', () => {
    const articleKeys = fc.constantFrom(
      'headline',
      'body',
      'type',
      'text',
      'src',
      'href',
      'url',
      'slug',
      'image',
      'leadImage',
      'variants',
      'related',
      'byline',
      'name',
      '__proto__',
      'constructor',
    )
    fc.assert(
      fc.property(
        fc.anything({
          maxDepth: 4,
          key: fc.oneof(articleKeys, fc.string()),
          values: [hostileText, anyUrl, fc.integer(), fc.double(), fc.boolean(), fc.constant(null)],
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
        }),
        (value) => {
          const outcome = parseOutcome(value)
          if (outcome.ok) expectSafeView(outcome.data)
        },
      ),
      { numRuns: RUNS },
    )
  })

  test('article-shaped objects with hostile values in every field parse safely', () => {
    const block = fc.record(
      {
        type: fc.constantFrom(
          'paragraph',
          'heading',
          'quote',
          'image',
          'related',
          'video',
          '__proto__',
          'toString',
        ),
        text: fc.oneof(
          hostileText,
          fc.array(
            fc.record(
              {
                text: hostileText,
                href: anyUrl,
                emphasis: hostileValue,
                strong: fc.constant(true),
              },
              { requiredKeys: ['text'] },
            ),
            { maxLength: 4 },
          ),
        ),
        attribution: hostileText,
        image: hostileImage,
        slug: fc.oneof(fc.string(), urlSoup),
        headline: hostileText,
      },
      { requiredKeys: ['type'] },
    )
    const article = fc.record(
      {
        slug: fc.oneof(fc.string(), hostileValue),
        headline: fc.oneof(hostileText, hostileValue),
        kicker: hostileText,
        standfirst: hostileText,
        section: hostileText,
        publishedAt: fc.oneof(
          fc.constantFrom('2022-02-30', '2022-03-14', '2022-03-14T24:00:00Z'),
          fc.string(),
        ),
        updatedAt: fc.oneof(
          fc.constantFrom('2022-03-01', '2022-03-15T09:30:00-05:00'),
          fc.string(),
        ),
        language: fc.oneof(fc.constantFrom('en', 'ar', 'he-IL', 'en"><script>'), fc.string()),
        byline: fc.oneof(
          fc.array(fc.record({ name: hostileText, title: hostileText })),
          hostileValue,
        ),
        leadImage: fc.oneof(hostileImage, hostileValue),
        body: fc.oneof(
          { weight: 5, arbitrary: fc.array(block, { maxLength: 8 }) },
          { weight: 1, arbitrary: hostileValue },
        ),
        related: fc.oneof(
          graftedUrls.map((grafts) => grafts.related),
          hostileValue,
        ),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(article, (json) => {
        expectParsedSafely(json)
      }),
      { numRuns: RUNS },
    )
  })

  test('the seed article with random fields replaced by hostile values parses safely', () => {
    fc.assert(
      fc.property(mutationsOf(SEED), (json) => {
        expectParsedSafely(json)
      }),
      { numRuns: RUNS },
    )
  })

  test('the seed article with hostile URLs grafted into every URL field stays an article with only safe URLs', () => {
    fc.assert(
      fc.property(graftedUrls, (grafts) => {
        if (!isRecord(SEED) || !Array.isArray(SEED.body))
          throw new Error('The seed article has no body')
        const json = {
          ...SEED,
          leadImage: grafts.leadImage,
          body: [
            ...(SEED.body as unknown[]),
            ...grafts.images.map((image) => ({ type: 'image', image })),
            { type: 'paragraph', text: grafts.runs },
            { type: 'quote', text: grafts.runs },
            ...grafts.inlineRelated,
          ],
          related: grafts.related,
        }
        const outcome = parseOutcome(json)
        // The headline and the seed's own paragraphs are untouched, so a broken graft is only ever dropped.
        expect(outcome.ok).toBe(true)
        if (outcome.ok) expectSafeView(outcome.data)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('URL guards', () => {
  test('no javascript:, vbscript: or data: URL passes, whatever its case, hidden characters or entities', () => {
    fc.assert(
      fc.property(dangerousSchemeUrl, (url) => {
        expect(isSafeUrl(url)).toBe(false)
        expect(isHttpsUrlString(url)).toBe(false)
        expect(articleSlugFromPath(url)).toBeUndefined()
      }),
      { numRuns: RUNS },
    )
  })

  test('no protocol-relative URL (//host, /\\host, \\\\host) passes', () => {
    fc.assert(
      fc.property(protocolRelativeUrl, (url) => {
        // The generator is right only if a browser would really leave the site for this string.
        expect(new URL(url, APP).origin).not.toBe(APP_ORIGIN)
        expect(isSafeUrl(url)).toBe(false)
        expect(isHttpsUrlString(url)).toBe(false)
        expect(articleSlugFromPath(url)).toBeUndefined()
      }),
      { numRuns: RUNS },
    )
  })

  test('whatever isSafeUrl lets through, a browser resolves to this site or to https', () => {
    fc.assert(
      fc.property(anyUrl, (url) => {
        if (isSafeUrl(url)) {
          expect(url).toMatch(/^(?:\/(?![/\\])|https:\/\/)/i)
          expect(resolvesSafely(url)).toBe(true)
        }
        if (isHttpsUrlString(url)) expect(new URL(url).protocol).toBe('https:')
      }),
      { numRuns: RUNS },
    )
  })

  const slugWord = fc.string({
    unit: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyz0123456789')),
    minLength: 1,
    maxLength: 12,
  })
  const slug = fc.oneof(
    fc.array(slugWord, { minLength: 1, maxLength: 8 }).map((words) => words.join('-')),
    // Long ones, up to the limit.
    fc
      .array(slugWord, { minLength: 1, maxLength: 40 })
      .map((words) => words.join('-').slice(0, MAX_SLUG_LENGTH).replace(/-+$/, ''))
      .filter((value) => value !== ''),
  )

  test('every slug the grammar allows passes isSlug and round-trips through its article path', () => {
    fc.assert(
      fc.property(slug, (value) => {
        expect(isSlug(value)).toBe(true)
        expect(articleSlugFromPath(`/articles/${value}`)).toBe(value)
      }),
      { numRuns: RUNS },
    )
  })

  test('a path that names an article names exactly /articles/<slug>, with nothing a browser would rewrite', () => {
    const pathSoup = fc
      .array(
        fc.constantFrom(
          'a',
          'z',
          '0',
          '9',
          '-',
          '--',
          '/',
          '.',
          '..',
          '%2e',
          '%2f',
          'A',
          '\\',
          ' ',
          '?',
          '#',
          '\u0000',
          'é',
          '\u200b',
        ),
        { minLength: 1, maxLength: 8 },
      )
      .map((parts) => `/articles/${parts.join('')}`)
    fc.assert(
      fc.property(fc.oneof(pathSoup, fc.string(), anyUrl), (value) => {
        const found = articleSlugFromPath(value)
        if (found === undefined) return
        expect(value).toBe(`/articles/${found}`)
        expect(isSlug(found)).toBe(true)
        expect(new URL(value, APP).pathname).toBe(value)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('parseSettings', () => {
  function expectValidSettings(settings: ReturnType<typeof parseSettings>) {
    // Exactly the settings there are: nothing a stored object brought along, no prototype's keys.
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort())
    expect(TEXT_SIZES).toContain(settings.textSize)
    expect(LINE_SPACINGS).toContain(settings.lineSpacing)
    expect(TEXT_WIDTHS).toContain(settings.textWidth)
    expect(FONTS).toContain(settings.font)
    expect(THEMES).toContain(settings.theme)
    expect(SHORTCUTS).toContain(settings.shortcuts)
  }

  test('any string maps to valid settings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (raw) => {
        expectValidSettings(parseSettings(raw))
      }),
      { numRuns: RUNS },
    )
  })

  test('stored objects with arbitrary values in every field map to valid settings', () => {
    const anyField = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.double(),
      fc.constantFrom(
        ...TEXT_SIZES,
        ...LINE_SPACINGS,
        ...TEXT_WIDTHS,
        ...FONTS,
        ...THEMES,
        ...SHORTCUTS,
      ),
    )
    const stored = fc.record(
      {
        textSize: anyField,
        lineSpacing: anyField,
        textWidth: anyField,
        font: anyField,
        theme: anyField,
        shortcuts: anyField,
        constructor: anyField,
      },
      { requiredKeys: [] },
    )
    // Number literals JSON.stringify would never write but a hand-edited file might hold.
    const numberLiteral = fc.constantFrom(
      '1e999',
      '-1e999',
      '1e-999',
      '-0',
      '120.0000000001',
      '9'.repeat(400),
    )
    fc.assert(
      fc.property(stored, numberLiteral, (record, literal) => {
        expectValidSettings(parseSettings(JSON.stringify(record)))
        expectValidSettings(parseSettings(`{"textSize":${literal},"theme":"dark"}`))
        expectValidSettings(
          parseSettings(`{"__proto__":{"textSize":${literal},"font":1},"textSize":"x"}`),
        )
      }),
      { numRuns: RUNS },
    )
  })

  test('a stored size snaps to the nearest step the control offers', () => {
    fc.assert(
      fc.property(fc.double({ min: -1_000, max: 1_000, noNaN: true }), (size) => {
        const { textSize } = parseSettings(JSON.stringify({ textSize: size }))
        const distance = Math.abs(textSize - size)
        for (const step of TEXT_SIZES) expect(distance).toBeLessThanOrEqual(Math.abs(step - size))
      }),
      { numRuns: RUNS },
    )
  })
})

import { describe, expect, test } from 'vitest'
import {
  contentOriginOf,
  imageOriginsOf,
  isContentLocal,
  normalizeBasePath,
  readSiteConfig,
} from '../../../src/config/site-config'

describe('the site configuration', () => {
  test('with nothing set, the reader is Broadsheet at the root with its own content folder', () => {
    const config = readSiteConfig({})
    expect(config).toMatchObject({
      basePath: '/',
      contentBase: '/content/',
      siteName: 'Broadsheet',
      imageHosts: [],
    })
    expect(config.logo).toBeUndefined()
    expect(isContentLocal(config)).toBe(true)
  })

  test('a base path moves the content folder with it', () => {
    const config = readSiteConfig({ VITE_BASE_PATH: '/news/' })
    expect(config.contentBase).toBe('/news/content/')
    expect(isContentLocal(config)).toBe(true)
  })

  test.each([
    ['news', '/news/'],
    ['/news', '/news/'],
    ['/news/', '/news/'],
    ['/a/b-c_d/', '/a/b-c_d/'],
    ['/', '/'],
  ])('base path %s means the folder %s', (value, expected) => {
    expect(normalizeBasePath(value)).toBe(expected)
  })

  test.each(['/news/../admin/', 'https://cdn.example/', '/news?x=1', '/new s/', '//evil.example/'])(
    'base path %s is refused with a message naming the setting',
    (value) => {
      expect(() => normalizeBasePath(value)).toThrow(/VITE_BASE_PATH/)
    },
  )

  test('content on another origin is not prerendered and is allowed by the CSP', () => {
    const config = readSiteConfig({ VITE_CONTENT_BASE: 'https://cms.example/news' })
    expect(config.contentBase).toBe('https://cms.example/news/')
    expect(isContentLocal(config)).toBe(false)
    expect(contentOriginOf(config)).toBe('https://cms.example')
  })

  test('a logo file in public/ is served from under the base path, with the size it takes', () => {
    const config = readSiteConfig({
      VITE_BASE_PATH: '/news/',
      VITE_SITE_LOGO: 'logo.svg',
      VITE_SITE_LOGO_WIDTH: '180',
      VITE_SITE_LOGO_HEIGHT: '36',
    })
    expect(config.logo).toEqual({ src: '/news/logo.svg', width: 180, height: 36 })
  })

  test('a logo can live elsewhere on the site or on an https: host', () => {
    expect(readSiteConfig({ VITE_SITE_LOGO: '/brand/logo.png' }).logo?.src).toBe('/brand/logo.png')
    expect(readSiteConfig({ VITE_SITE_LOGO: 'https://img.example/logo.svg' }).logo?.src).toBe(
      'https://img.example/logo.svg',
    )
  })

  test.each(['javascript:alert(1)', 'http://img.example/logo.svg', '//img.example/logo.svg'])(
    'logo %s is refused',
    (value) => {
      expect(() => readSiteConfig({ VITE_SITE_LOGO: value })).toThrow(/VITE_SITE_LOGO/)
    },
  )

  test('a logo size must be whole pixels', () => {
    expect(() =>
      readSiteConfig({ VITE_SITE_LOGO: 'logo.svg', VITE_SITE_LOGO_WIDTH: '12.5em' }),
    ).toThrow(/VITE_SITE_LOGO_WIDTH/)
  })

  test('the site address must be an origin', () => {
    expect(() => readSiteConfig({ VITE_SITE_URL: 'news.example/news' })).toThrow(/VITE_SITE_URL/)
  })

  test('the site address loses a trailing slash; image hosts are https: origins', () => {
    const config = readSiteConfig({
      VITE_SITE_URL: 'https://news.example/',
      VITE_IMAGE_HOSTS: ' https://img.example.com  https://cdn.example ',
    })
    expect(config.siteUrl).toBe('https://news.example')
    expect(config.imageHosts).toEqual(['https://img.example.com', 'https://cdn.example'])
  })

  test.each(['http://plain.example', 'https://cdn.example/path', 'img.example.com'])(
    'image host %s is refused with a message naming the setting',
    (host) => {
      expect(() => readSiteConfig({ VITE_IMAGE_HOSTS: `https://ok.example ${host}` })).toThrow(
        /VITE_IMAGE_HOSTS/,
      )
    },
  )

  test.each(['http://cms.example/news/', '//cms.example/news/', 'content/', 'javascript:x'])(
    'content base %s is refused with a message naming the setting',
    (value) => {
      expect(() => readSiteConfig({ VITE_CONTENT_BASE: value })).toThrow(/VITE_CONTENT_BASE/)
    },
  )

  test('photos may come from the declared hosts, the content origin and the logo’s origin', () => {
    const config = readSiteConfig({
      VITE_CONTENT_BASE: 'https://cms.example/news/',
      VITE_SITE_LOGO: 'https://brand.example/logo.svg',
      VITE_IMAGE_HOSTS: 'https://img.example https://cms.example',
    })
    expect(imageOriginsOf(config)).toEqual([
      'https://img.example',
      'https://cms.example',
      'https://brand.example',
    ])
    expect(imageOriginsOf(readSiteConfig({}))).toEqual([])
  })

  test('the interface is English unless the publisher sets French or Arabic', () => {
    expect(readSiteConfig({}).locale).toBe('en')
    expect(readSiteConfig({ VITE_LOCALE: 'ar' }).locale).toBe('ar')
    expect(() => readSiteConfig({ VITE_LOCALE: 'de' })).toThrow(
      'VITE_LOCALE must be one of en, fr, ar, not "de"',
    )
  })

  test('embed players load from every known provider unless the publisher lists some, or none', () => {
    expect(readSiteConfig({}).embedProviders).toContain('youtube')
    expect(readSiteConfig({ VITE_EMBED_PROVIDERS: 'youtube, vimeo' }).embedProviders).toEqual([
      'youtube',
      'vimeo',
    ])
    expect(readSiteConfig({ VITE_EMBED_PROVIDERS: 'none' }).embedProviders).toEqual([])
    expect(() => readSiteConfig({ VITE_EMBED_PROVIDERS: 'youtube myspace' })).toThrow(
      /VITE_EMBED_PROVIDERS lists "myspace"/,
    )
  })
})

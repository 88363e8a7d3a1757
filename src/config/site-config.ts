// Every setting a publisher can change, read in one place. The values come from the environment (or a `.env`
// file) at build time; the browser build, the server build, vite.config.ts and the build scripts all call
// readSiteConfig, so they cannot disagree. The README's configuration table lists the same names.
//
//   VITE_BASE_PATH      where the reader is served: "/" or a folder ("/news/")
//   VITE_CONTENT_BASE   where article JSON lives: a path ("/news/content/") or another origin
//                       ("https://cdn.example/news/"); default: the content folder under the base path
//   VITE_SITE_NAME      the publication's name in the masthead and the document title
//   VITE_SITE_LOGO      the masthead's logo: a file in public/ ("logo.svg"), a path ("/brand/logo.svg") or an
//                       https: URL; the site name stays its text alternative
//   VITE_SITE_LOGO_WIDTH, VITE_SITE_LOGO_HEIGHT   the logo's size in CSS pixels, so its space is kept
//                       before it loads
//   VITE_SITE_URL       the public origin, for canonical URLs and social cards ("https://news.example")
//   VITE_LOCALE         the interface's language: en (default), fr or ar (set right to left)
//   VITE_EMBED_PROVIDERS which embed players may load when a reader asks: names from src/content/embeds.ts,
//                       space- or comma-separated, or "none"; default: all of them
//   VITE_IMAGE_HOSTS    other origins photos may come from, space-separated ("https://img.example.com")
//   VITE_FEED_FULL_TEXT "true" puts each story's full text in the feeds; otherwise they carry its summary

import type { ContentPolicy } from '../content/content-policy.ts'
import { INTERFACE_LOCALES, isInterfaceLocale } from '../i18n/locales.ts'
import type { InterfaceLocale } from '../i18n/locales.ts'
import { EMBED_PROVIDERS, isEmbedProvider } from '../content/embed-providers.ts'
import type { EmbedProvider } from '../content/embed-providers.ts'

export interface SiteLogo {
  src: string
  width?: number
  height?: number
}

export interface SiteConfig {
  /** Always starts and ends with "/". */
  basePath: string
  /** Always ends with "/". */
  contentBase: string
  siteName: string
  logo?: SiteLogo
  /** An origin with no trailing slash. */
  siteUrl: string
  imageHosts: readonly string[]
  /** Feeds carry the whole text of each story (the publisher opted in), not only its summary. */
  feedFullText: boolean
  embedProviders: readonly EmbedProvider[]
  /** The interface's language; articles keep their own. */
  locale: InterfaceLocale
}

export type SiteEnv = Readonly<Record<string, string | boolean | undefined>>

/** `vite preview`'s port unless PREVIEW_PORT says otherwise (build/shared/preview-port.ts). */
export const DEFAULT_PREVIEW_PORT = 4173

export const DEFAULT_SITE_URL = `http://127.0.0.1:${String(DEFAULT_PREVIEW_PORT)}`

function setting(env: SiteEnv, name: string): string | undefined {
  const value = env[name]
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

function withTrailingSlash(value: string): string {
  return value.endsWith('/') ? value : `${value}/`
}

/** "/news", "news/" and "/news/" all mean the folder /news/; anything that is not a plain path is refused. */
export function normalizeBasePath(value: string | undefined): string {
  if (value === undefined || value === '/') return '/'
  const trimmed = value.replace(/^\/+|\/+$/g, '')
  if (
    value.startsWith('//') ||
    !/^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/.test(trimmed) ||
    /(^|\/)\.\.?(\/|$)/.test(trimmed)
  )
    throw new Error(`VITE_BASE_PATH must be a plain path such as /news/, not "${value}"`)
  return `/${trimmed}/`
}

function pixels(env: SiteEnv, name: string): number | undefined {
  const value = setting(env, name)
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0 || number > 2000)
    throw new Error(`${name} must be a whole number of pixels, not "${value}"`)
  return number
}

function readLogo(env: SiteEnv, basePath: string): SiteLogo | undefined {
  const src = setting(env, 'VITE_SITE_LOGO')
  if (src === undefined) return undefined
  const isPath = src.startsWith('/') && !src.startsWith('//')
  const isHttps = /^https:\/\/[^/]/.test(src)
  const isFileName = /^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/.test(src)
  if (!isPath && !isHttps && !isFileName)
    throw new Error(
      `VITE_SITE_LOGO must be a file in public/, a /path or an https: URL, not "${src}"`,
    )
  return {
    src: isFileName ? `${basePath}${src}` : src,
    width: pixels(env, 'VITE_SITE_LOGO_WIDTH'),
    height: pixels(env, 'VITE_SITE_LOGO_HEIGHT'),
  }
}

function readContentBase(env: SiteEnv, basePath: string): string {
  const value = setting(env, 'VITE_CONTENT_BASE')
  if (value === undefined) return `${basePath}content/`
  const isPath = value.startsWith('/') && !value.startsWith('//')
  if (!isPath && !/^https:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(value))
    throw new Error(`VITE_CONTENT_BASE must be a /path or an https: URL, not "${value}"`)
  return withTrailingSlash(value)
}

/** VITE_EMBED_PROVIDERS: which embed providers' players may load; all known ones unless set ("none" for none). */
function readEmbedProviders(env: SiteEnv): EmbedProvider[] {
  const value = setting(env, 'VITE_EMBED_PROVIDERS')
  if (value === undefined) return [...EMBED_PROVIDERS]
  const names = value.split(/[\s,]+/).filter(Boolean)
  if (names.length === 1 && names[0] === 'none') return []
  const unknown = names.find((name) => !isEmbedProvider(name))
  if (unknown !== undefined)
    throw new Error(
      `VITE_EMBED_PROVIDERS lists "${unknown}", which is not one of: ${EMBED_PROVIDERS.join(', ')}, none`,
    )
  return names.filter(isEmbedProvider)
}

function readLocale(env: SiteEnv): InterfaceLocale {
  const value = setting(env, 'VITE_LOCALE') ?? 'en'
  if (!isInterfaceLocale(value))
    throw new Error(`VITE_LOCALE must be one of ${INTERFACE_LOCALES.join(', ')}, not "${value}"`)
  return value
}

function readImageHosts(env: SiteEnv): string[] {
  const hosts = (setting(env, 'VITE_IMAGE_HOSTS') ?? '').split(/\s+/).filter(Boolean)
  const wrong = hosts.find((host) => !/^https:\/\/[^/?#\s]+$/.test(host))
  if (wrong !== undefined)
    throw new Error(
      `VITE_IMAGE_HOSTS must list https: origins such as https://img.example, not "${wrong}"`,
    )
  return hosts
}

function readFlag(env: SiteEnv, name: string): boolean {
  const value = setting(env, name)?.toLowerCase()
  if (value === undefined || value === 'false' || value === '0') return false
  if (value === 'true' || value === '1') return true
  throw new Error(`${name} must be true or false, not "${value}"`)
}

export function readSiteConfig(env: SiteEnv): SiteConfig {
  const basePath = normalizeBasePath(setting(env, 'VITE_BASE_PATH'))
  const siteUrl = (setting(env, 'VITE_SITE_URL') ?? DEFAULT_SITE_URL).replace(/\/+$/, '')
  if (!/^https?:\/\/[^/?#\s]+$/.test(siteUrl))
    throw new Error(
      `VITE_SITE_URL must be an origin such as https://news.example, not "${siteUrl}"`,
    )
  return {
    basePath,
    contentBase: readContentBase(env, basePath),
    siteName: setting(env, 'VITE_SITE_NAME') ?? 'Broadsheet',
    logo: readLogo(env, basePath),
    siteUrl,
    imageHosts: readImageHosts(env),
    feedFullText: readFlag(env, 'VITE_FEED_FULL_TEXT'),
    embedProviders: readEmbedProviders(env),
    locale: readLocale(env),
  }
}

/** The content base's origin when articles come from another site (for the CSP's connect-src). */
export function contentOriginOf(config: SiteConfig): string | undefined {
  return /^https:\/\//.test(config.contentBase) ? new URL(config.contentBase).origin : undefined
}

/**
 * Every origin the pages may show a picture from, for the CSP's img-src: the declared photo hosts, the content
 * origin (photos often live beside the articles) and the logo's.
 */
export function imageOriginsOf(config: SiteConfig): string[] {
  const logo = config.logo?.src.startsWith('https://') ? new URL(config.logo.src).origin : undefined
  const content = contentOriginOf(config)
  return [
    ...new Set([...config.imageHosts, ...(content ? [content] : []), ...(logo ? [logo] : [])]),
  ]
}

/** What articles may make the browser load on this site: the same lists the CSP is written from. */
export function contentPolicyOf(config: SiteConfig): ContentPolicy {
  return { mediaOrigins: imageOriginsOf(config), embedProviders: config.embedProviders }
}

/** Articles can be prerendered only when they come from this site's own content folder. */
export function isContentLocal(config: SiteConfig): boolean {
  return config.contentBase === `${config.basePath}content/`
}

import { contentOriginOf, contentPolicyOf, isContentLocal, readSiteConfig } from './site-config'

// The build's configuration as the app sees it. What each setting means, and its default: site-config.ts.
export const config = readSiteConfig(import.meta.env)

export const contentOrigin = contentOriginOf(config)

/** What articles may make the reader's browser load (media origins, embed players). */
export const contentPolicy = contentPolicyOf(config)

export const contentIsLocal = isContentLocal(config)

/**
 * The router's basename: the base path itself, trailing slash included, so the front page's links read
 * "/news/" (the folder a static host serves) rather than "/news" (which most hosts answer with a redirect).
 */
export const routerBasename = config.basePath

/** A path inside the app ("/articles/x") as the browser sees it under the base path ("/news/articles/x"). */
export function sitePath(appPath: string): string {
  return `${config.basePath}${appPath.replace(/^\//, '')}`
}

/** The app path a browser path shows ("/news/articles/x" → "/articles/x"), or undefined outside the base. */
export function appPathOf(browserPath: string): string | undefined {
  if (config.basePath === '/') return browserPath
  return browserPath.startsWith(config.basePath)
    ? `/${browserPath.slice(config.basePath.length)}`
    : undefined
}

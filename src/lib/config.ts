// Build-time configuration, in one place. Set in the environment (or .env) when building:
//   VITE_CONTENT_BASE  where article JSON lives: a path ("/content/") or another origin ("https://cdn.example/news/")
//   VITE_SITE_NAME     the publication's name in the masthead and the document title
//   VITE_SITE_URL      the public origin, for canonical URLs and social cards ("https://news.example")
//   VITE_IMAGE_HOSTS   other origins photos may come from, space-separated ("https://img.example.com")
function withTrailingSlash(value: string): string {
  return value.endsWith('/') ? value : `${value}/`
}

function withoutTrailingSlash(value: string): string {
  return value.replace(/\/+$/, '')
}

const env = import.meta.env as Record<string, string | undefined>

export const config = {
  contentBase: withTrailingSlash(env.VITE_CONTENT_BASE?.trim() || '/content/'),
  siteName: env.VITE_SITE_NAME?.trim() || 'Broadsheet',
  siteUrl: withoutTrailingSlash(env.VITE_SITE_URL?.trim() || 'http://127.0.0.1:4173'),
  imageHosts: (env.VITE_IMAGE_HOSTS ?? '')
    .split(/\s+/)
    .filter((host) => /^https:\/\/[^/]+$/.test(host)),
} as const

/** The content base's origin when articles come from another site (for the CSP's connect-src). */
export const contentOrigin = /^https:\/\//.test(config.contentBase)
  ? new URL(config.contentBase).origin
  : undefined

/** Articles can be prerendered only when they come from this site's own content folder. */
export const contentIsLocal = config.contentBase === '/content/'

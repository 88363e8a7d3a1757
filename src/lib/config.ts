// Build-time configuration, in one place. Set in the environment (or .env) when building:
//   VITE_CONTENT_BASE  where article JSON lives: a path ("/content/") or another origin ("https://cdn.example/news/")
//   VITE_SITE_NAME     the publication's name in the header and the document title
function withTrailingSlash(value: string): string {
  return value.endsWith('/') ? value : `${value}/`
}

const env = import.meta.env as Record<string, string | undefined>

export const config = {
  contentBase: withTrailingSlash(env.VITE_CONTENT_BASE?.trim() || '/content/'),
  siteName: env.VITE_SITE_NAME?.trim() || 'Broadsheet',
} as const

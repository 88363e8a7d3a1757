// Kept apart from media-origins.ts so the validator does not load Vite to read the site's settings.

const MEDIA_KEYS = new Set(['src', 'poster'])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Every address an article makes the browser load media from: photos and their variants, players, tracks. */
export function mediaUrlsOf(article: unknown): string[] {
  const urls: string[] = []
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (isRecord(value))
      for (const [key, inner] of Object.entries(value)) {
        if (MEDIA_KEYS.has(key) && typeof inner === 'string') urls.push(inner)
        // Links and embeds' post URLs are not loaded as media.
        else if (key !== 'url' && key !== 'href') walk(inner)
      }
  }
  walk(article)
  return urls
}

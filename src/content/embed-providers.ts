// The names alone, apart from the rules that frame them (embeds.ts), so reading the site's settings in the
// browser costs a list, not every provider's URL patterns.

export const EMBED_PROVIDERS = [
  'youtube',
  'vimeo',
  'dailymotion',
  'x',
  'instagram',
  'tiktok',
  'bluesky',
  'threads',
  'facebook',
  'spotify',
  'soundcloud',
  'apple-podcasts',
  'datawrapper',
  'flourish',
] as const

export type EmbedProvider = (typeof EMBED_PROVIDERS)[number]

export function isEmbedProvider(value: string): value is EmbedProvider {
  return (EMBED_PROVIDERS as readonly string[]).includes(value)
}

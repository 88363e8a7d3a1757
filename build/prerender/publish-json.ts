import type { VariantManifest } from '../content/image-variants'
import { withVariants } from '../content/image-variants'

export interface PublishOptions {
  variants: VariantManifest
  /** Where the site is served ("/" or "/news/"). */
  basePath: string
}

const LOCAL_CONTENT = '/content/'

/** The bundled content folder's paths ("/content/images/x.jpg") as the deployed site serves them. */
function rebase<T>(json: T, basePath: string): T {
  if (basePath === '/') return json
  if (Array.isArray(json)) return json.map((item: unknown) => rebase(item, basePath)) as T
  if (typeof json !== 'object' || json === null) return json
  return Object.fromEntries(
    Object.entries(json).map(([key, value]) => [
      key,
      key === 'src' && typeof value === 'string' && value.startsWith(LOCAL_CONTENT)
        ? `${basePath}${value.slice(1)}`
        : rebase(value, basePath),
    ]),
  ) as T
}

/**
 * The copy of a content file that the built site serves: every local photo lists its generated variants, and
 * under a base path the bundled content folder's photos point where that folder now lives
 * (/news/content/images/…). Photos on other hosts, and the source files, are left as they are.
 */
export function publishJson<T>(json: T, { variants, basePath }: PublishOptions): T {
  return rebase(withVariants(json, variants), basePath)
}

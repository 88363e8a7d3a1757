// Every URL in an article is untrusted. Only two shapes are ever let through: a same-origin path ("/x", never
// "//host" or "/\host", which browsers treat as another origin) and an absolute https: URL.
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007F-\u009F\u2028\u2029]/
const ARTICLE_PATH = /^\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)$/

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const MAX_SLUG_LENGTH = 200

export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value)
}

function isSameOriginPath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
}

function isHttpsUrl(value: string): boolean {
  // Stryker disable next-line Regex: without ^ a string with text before "https://" still fails the protocol check below
  if (!/^https:\/\//i.test(value)) return false
  try {
    const url = new URL(value)
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: after the pattern above, URL always parses to https: with a host (it throws otherwise); a second guard, kept on purpose
    return url.protocol === 'https:' && url.hostname !== ''
  } catch {
    return false
  }
}

/** A URL we may request or link to: same-origin path or https, with no hidden characters. */
export function isSafeUrl(value: string): boolean {
  if (CONTROL_OR_SPACE.test(value)) return false
  return isSameOriginPath(value) || isHttpsUrl(value)
}

export function isHttpsUrlString(value: string): boolean {
  return !CONTROL_OR_SPACE.test(value) && isHttpsUrl(value)
}

/** The slug of an in-app article link ("/articles/<slug>"), or undefined for anything else. */
export function articleSlugFromPath(value: string): string | undefined {
  const match = ARTICLE_PATH.exec(value)
  const slug = match?.[1]
  return slug !== undefined && isSlug(slug) ? slug : undefined
}

import { articlePath } from '../../src/content/site-paths'

// Posts link to each other by every address WordPress ever gave them: "?p=123" (the guid, the shortlink),
// "?page_id=123", the permalink of the day ("/2024/05/14/slug/", "/news/slug/", "/slug/"), and the permalinks
// of earlier structures, which WordPress still redirects by the post's name. A link to another imported post
// becomes that article's path here, so a reader stays on this site instead of landing on the old one.

/** What the first pass learns of each published post. */
export interface PostAddress {
  id: string
  slug: string
  /** post_name as stored (may be percent-encoded). */
  postName: string
  /** The post's permalink (<link>) and <guid>, when the export has them. */
  link?: string
  guid?: string
}

// First path segments that are archives or files, never a post, whatever the last segment is.
const NOT_A_POST =
  /^(?:category|tag|author|page|feed|comments|search|wp-content|wp-admin|wp-includes|wp-json|attachment|topics?|series)$/

const withoutWww = (host: string) => host.toLowerCase().replace(/^www\./, '')

function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase()
  } catch {
    return segment.toLowerCase()
  }
}

/** "/index.php/2024/05/Slug/amp/" → ["2024", "05", "slug"]: the segments that name a post. */
function postSegments(pathname: string): string[] {
  const segments = pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodedSegment)
  // PATHINFO permalinks ("/index.php/…") and the AMP copy of a post ("…/amp/") name the same post.
  if (segments[0] === 'index.php') segments.shift()
  if (segments.at(-1) === 'amp') segments.pop()
  return segments
}

function parsed(href: string, base: string | undefined): URL | undefined {
  try {
    const url = new URL(href, base)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined
  } catch {
    return undefined
  }
}

export class PostLinks {
  private readonly hosts = new Set<string>()
  private readonly byId = new Map<string, string>()
  private readonly byPath = new Map<string, string>()
  private readonly byName = new Map<string, string>()
  private readonly siteUrl: string | undefined
  /** A site installed in a folder ("/blog/") answers ?p= there. */
  private readonly homes = new Set<string>([''])

  constructor(siteUrl: string | undefined, otherSiteUrls: readonly string[] = []) {
    this.siteUrl = siteUrl
    for (const url of [siteUrl, ...otherSiteUrls]) {
      const found = url ? parsed(url, undefined) : undefined
      if (!found) continue
      this.hosts.add(withoutWww(found.host))
      this.homes.add(postSegments(found.pathname).join('/'))
    }
  }

  get size(): number {
    return this.byId.size
  }

  add(post: PostAddress): void {
    this.byId.set(post.id, post.slug)
    const name = decodedSegment(post.postName)
    // The first post to claim a name keeps it, as WordPress's own redirect does (the oldest post wins).
    if (name !== '' && !this.byName.has(name)) this.byName.set(name, post.slug)
    for (const address of [post.link, post.guid]) {
      const url = address ? parsed(address, this.siteUrl) : undefined
      if (!url) continue
      // A permalink on another host (a site moved, a multisite's mapped domain) still names this site.
      this.hosts.add(withoutWww(url.host))
      const path = postSegments(url.pathname).join('/')
      if (path !== '' && !this.byPath.has(path)) this.byPath.set(path, post.slug)
    }
  }

  /** The slug of the imported post a link points to, or undefined for any other link. */
  slugFor(href: string): string | undefined {
    const value = href.trim()
    if (value === '' || value.startsWith('#')) return undefined
    const url = parsed(value, this.siteUrl)
    if (!url || !this.hosts.has(withoutWww(url.host))) return undefined
    let segments = postSegments(url.pathname)
    const id = url.searchParams.get('p') ?? url.searchParams.get('page_id')
    if (id !== null && this.homes.has(segments.join('/'))) return this.byId.get(id.trim())
    if (segments.length === 0) return undefined
    const exact = this.byPath.get(segments.join('/'))
    if (exact !== undefined) return exact
    // "/slug/2/" is the second page of a post split with <!--nextpage-->: here it is one article.
    if (segments.length > 1 && /^\d+$/.test(segments.at(-1) ?? '')) {
      segments = segments.slice(0, -1)
      const paged = this.byPath.get(segments.join('/'))
      if (paged !== undefined) return paged
    }
    const last = segments.at(-1) ?? ''
    // A file (an upload, a PDF) or an archive is never a post, even when its name matches one.
    if (NOT_A_POST.test(segments[0] ?? '') || /\.[a-z0-9]{2,5}$/.test(last)) return undefined
    return this.byName.get(last)
  }
}

/**
 * Points every link in a post's HTML that names another imported post at that article's path here.
 * Returns how many it rewrote.
 */
export function rewritePostLinks(root: ParentNode, links: PostLinks | undefined): number {
  if (links === undefined || links.size === 0) return 0
  let rewritten = 0
  for (const anchor of root.querySelectorAll('a[href]')) {
    const slug = links.slugFor(anchor.getAttribute('href') ?? '')
    if (slug === undefined) continue
    anchor.setAttribute('href', articlePath(slug))
    rewritten += 1
  }
  return rewritten
}

import type { WxrCategory, WxrItem } from './wxr-reader'

// Who wrote a post, by display name. dc:creator is the author's login; the export's <wp:author> list gives the
// display name. Co-Authors Plus keeps a post's authors as "author" terms named by login ("jdoe", slug
// "cap-jdoe"), and its guest authors (people without an account) as guest-author posts whose meta holds the
// display name. PublishPress Authors uses the same taxonomy with the display name as the term's name.

export interface WpAuthor {
  name: string
  login: string
}

const withoutCapPrefix = (slug: string) => slug.replace(/^cap-/, '')

export class WpAuthors {
  private readonly guests = new Map<string, string>()

  constructor(private readonly accounts: ReadonlyMap<string, string>) {}

  /** A guest-author post, read in the first pass (they often come after the posts that credit them). */
  addGuest(item: WxrItem): void {
    const name = (item.meta.get('cap-display_name') ?? item.title).trim()
    if (name === '') return
    for (const login of [item.meta.get('cap-user_login'), withoutCapPrefix(item.postName)])
      if (login) this.guests.set(login.toLowerCase(), name)
  }

  private displayName(term: WxrCategory): WpAuthor {
    const login = withoutCapPrefix(term.nicename) || term.name
    for (const key of [term.name, login]) {
      const name = this.accounts.get(key) ?? this.guests.get(key.toLowerCase())
      if (name !== undefined) return { name, login }
    }
    return { name: term.name, login }
  }

  /** The post's authors in the order the post lists them. */
  of(item: WxrItem): WpAuthor[] {
    const terms = item.categories.filter((term) => term.domain === 'author')
    if (terms.length === 0)
      return [{ name: this.accounts.get(item.creator) ?? item.creator, login: item.creator }]
    const seen = new Set<string>()
    return terms.flatMap((term) => {
      const author = this.displayName(term)
      if (seen.has(author.name)) return []
      seen.add(author.name)
      return [author]
    })
  }
}

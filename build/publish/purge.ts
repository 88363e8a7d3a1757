// Purging the CDN's copies after a publish, by key (docs/deploy.md, "Purge on publish"). Set
//   PURGE_VARNISH=http://127.0.0.1:6081     a PURGE request with the keys (deploy/varnish/broadsheet.vcl)
// Without it, the keys are printed with the calls that purge them at Fastly, Cloudflare and Varnish.
//
// The keys a publish returns: `article:<slug>`; `front-page:<n>` for each front page changed (`front-page`
// when a new older page renumbered them all); `section:<slug>`, `author:<slug>`, `topic:<slug>` with `:<n>`
// per page changed (the bare key when the listing's pages were renumbered or it lost its last story);
// `feed`, `feed:section:<slug>`, `feed:author:<slug>` for the feeds rewritten; `sitemap`, `sitemap:news`,
// `sitemap:<n>` for the sitemaps (src/content/syndication-keys.ts; build/serve tags those files).

export async function purgeKeys(keys: readonly string[]): Promise<string> {
  const varnish = process.env.PURGE_VARNISH
  if (varnish !== undefined && varnish !== '') {
    const response = await fetch(new URL('/', varnish), {
      method: 'PURGE',
      headers: { 'xkey-purge': keys.join(' ') },
    })
    if (!response.ok) throw new Error(`Varnish refused the purge: ${response.status}`)
    return ` (purged at ${varnish})`
  }
  return ' (not sent: set PURGE_VARNISH, or purge these keys at your CDN)'
}

/** The same purge as commands for each CDN, printed after a publish that did not send it. */
export function purgeCommands(keys: readonly string[]): string[] {
  const spaced = keys.join(' ')
  return [
    `Fastly:     curl -X POST -H "Fastly-Key: $FASTLY_TOKEN" -H 'Surrogate-Key: ${spaced}' https://api.fastly.com/service/$SERVICE_ID/purge`,
    `Cloudflare: curl -X POST -H "Authorization: Bearer $CF_TOKEN" -H 'Content-Type: application/json' https://api.cloudflare.com/client/v4/zones/$ZONE_ID/purge_cache --data '${JSON.stringify({ tags: keys })}'`,
    `Varnish:    curl -X PURGE -H 'xkey-purge: ${spaced}' http://127.0.0.1:6081/`,
  ]
}

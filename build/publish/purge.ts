// Purging the CDN's copies after a publish, by key (docs/deploy.md, "Purge on publish"). Set
//   PURGE_VARNISH=http://127.0.0.1:6081     a PURGE request with the keys (deploy/varnish/broadsheet.vcl)
// Without it, the keys are printed for your CDN's purge call (examples for Fastly and Cloudflare in the docs).

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

// How long feeds and sitemaps may be kept, the same on every host (dist/_headers, the nginx include's docs,
// `npm run serve`). They change only when a story is published, and a publish names the keys of the files it
// rewrote (./syndication-keys.ts), so a CDN that purges by key may keep them for a while: a feed reader that
// polls every few minutes then costs the origin one request per CDN node, not one per subscriber.
// - max-age=300: a feed reader or browser asks again after five minutes, and a repeat is a 304 (ETag);
// - s-maxage=900: a shared cache keeps them a quarter of an hour, short enough for a host that never purges;
// - stale-while-revalidate=300: the next poller is answered at once while the cache refetches;
// - stale-if-error=86400: a feed stays readable for a day while the origin is down.
// No imports: the build (build/deploy) and the server (build/serve) read it.

export const SYNDICATION_CACHE_CONTROL =
  'public, max-age=300, s-maxage=900, stale-while-revalidate=300, stale-if-error=86400'

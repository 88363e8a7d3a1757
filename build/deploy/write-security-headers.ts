import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { SYNDICATION_CACHE_CONTROL } from '../../src/content/syndication-cache'
import { dist } from '../prerender/prerender-pages'
import type { PathRule } from './path-headers'
import { pathRules } from './path-headers'
import type { PolicyInputs } from './security-headers'
import { contentSecurityPolicy, securityHeaders } from './security-headers'

export const headersJsonFile = path.join(dist, '..', 'dist-ssr', 'security-headers.json')
/** The headers that differ by path (path-headers.ts), for `vite preview`. */
export const pathHeadersJsonFile = path.join(dist, '..', 'dist-ssr', 'path-headers.json')

/**
 * _headers blocks for the per-path rules. A replacing rule first detaches the site-wide value
 * (`! Header`, Cloudflare Pages' syntax): two Content-Security-Policy headers would both be enforced.
 */
function pathBlocks(base: string, rules: readonly PathRule[]): string[] {
  return rules.map((rule) => {
    const lines = Object.entries(rule.headers).flatMap(([name, value]) => [
      ...(rule.replaces === true ? [`  ! ${name}`] : []),
      `  ${name}: ${value}`,
    ])
    return `${base}${rule.path.slice(1)}\n${lines.join('\n')}`
  })
}

// Hashed assets never change under their name; pages, JSON and the worker are checked on every visit.
// (Not on /*: hosts merge every matching block, and two max-age values would undo the immutable one.)
function cacheRules(base: string): string[] {
  return [
    `${base}*.html\n  Cache-Control: public, max-age=0, must-revalidate`,
    `${base}content/*.json\n  Cache-Control: public, max-age=0, must-revalidate`,
    `${base}assets/*\n  Cache-Control: public, max-age=31536000, immutable`,
    `${base}content/images/variants/*\n  Cache-Control: public, max-age=604800`,
    `${base}sw.js\n  Cache-Control: no-cache`,
    // Feeds and sitemaps change only on publish, which purges them by key: kept a few minutes
    // (src/content/syndication-cache.ts). The search index is fetched by the reader's own search.
    `${base}*.xml\n  Cache-Control: ${SYNDICATION_CACHE_CONTROL}`,
    `${base}feed.json\n  Cache-Control: ${SYNDICATION_CACHE_CONTROL}`,
    `${base}*/feed.json\n  Cache-Control: ${SYNDICATION_CACHE_CONTROL}`,
    `${base}pagefind/*\n  Cache-Control: public, max-age=0, must-revalidate`,
  ]
}

/**
 * Writes the headers three ways: `dist/_headers` (Netlify, Cloudflare Pages; with cache rules, and a
 * `_redirects` that serves the shell), `dist/nginx-security-headers.conf` (an `include` for nginx), and JSON
 * that `vite preview` serves them from. Paths carry the base path: the files go at the host's root.
 */
export async function writeSecurityHeaders(
  inputs: PolicyInputs & { basePath: string; prerenderedSearch?: boolean },
) {
  const { basePath: base, prerenderedSearch = false, ...policy } = inputs
  const headers = securityHeaders(policy)
  const entries = Object.entries(headers)
  const searchPolicy = contentSecurityPolicy({ ...policy, allowWasm: true })
  const rules = pathRules(searchPolicy)
  await writeFile(headersJsonFile, `${JSON.stringify(headers, null, 2)}\n`)
  await writeFile(pathHeadersJsonFile, `${JSON.stringify(rules, null, 2)}\n`)
  await writeFile(
    path.join(dist, '_headers'),
    `${base}*\n${entries.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n\n${[...cacheRules(base), ...pathBlocks(base, rules)].join('\n\n')}\n`,
  )
  // Netlify and Cloudflare Pages: a page of the app without a file of its own (an article published after the
  // build) gets the app shell. Only page paths: a missing JSON file or asset must stay a real 404, not HTML.
  await writeFile(
    path.join(dist, '_redirects'),
    ['articles', 'page', 'sections', 'authors', 'topics']
      .map((folder) => `${base}${folder}/*  ${base}shell.html  200\n`)
      // A prerendered search page (search.html) is served as itself.
      .join('') + (prerenderedSearch ? '' : `${base}search  ${base}shell.html  200\n`),
  )
  await writeFile(
    path.join(dist, 'nginx-security-headers.conf'),
    `${entries.map(([name, value]) => `add_header ${name} "${value}" always;`).join('\n')}\n`,
  )
  // nginx drops inherited add_header lines in a location that has its own: this file is the whole set, for
  // `location = /search` and `location /pagefind/` (docs/syndication.md).
  await writeFile(
    path.join(dist, 'nginx-search-headers.conf'),
    `${Object.entries({ ...headers, 'Content-Security-Policy': searchPolicy })
      .map(([name, value]) => `add_header ${name} "${value}" always;`)
      .join('\n')}\n`,
  )
}

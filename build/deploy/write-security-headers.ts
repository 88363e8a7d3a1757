import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { dist } from '../prerender/prerender-pages'
import type { PolicyInputs } from './security-headers'
import { securityHeaders } from './security-headers'

const headersJsonFile = path.join(dist, '..', 'dist-ssr', 'security-headers.json')

// Hashed assets never change under their name; pages, JSON and the worker are checked on every visit.
// (Not on /*: hosts merge every matching block, and two max-age values would undo the immutable one.)
function cacheRules(base: string): string[] {
  return [
    `${base}*.html\n  Cache-Control: public, max-age=0, must-revalidate`,
    `${base}content/*.json\n  Cache-Control: public, max-age=0, must-revalidate`,
    `${base}assets/*\n  Cache-Control: public, max-age=31536000, immutable`,
    `${base}content/images/variants/*\n  Cache-Control: public, max-age=604800`,
    `${base}sw.js\n  Cache-Control: no-cache`,
  ]
}

/**
 * Writes the headers three ways: `dist/_headers` (Netlify, Cloudflare Pages; with cache rules, and a
 * `_redirects` that serves the shell), `dist/nginx-security-headers.conf` (an `include` for nginx), and JSON
 * that `vite preview` serves them from. Paths carry the base path: the files go at the host's root.
 */
export async function writeSecurityHeaders(inputs: PolicyInputs & { basePath: string }) {
  const { basePath: base, ...policy } = inputs
  const headers = securityHeaders(policy)
  const entries = Object.entries(headers)
  await writeFile(headersJsonFile, `${JSON.stringify(headers, null, 2)}\n`)
  await writeFile(
    path.join(dist, '_headers'),
    `${base}*\n${entries.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n\n${cacheRules(base).join('\n\n')}\n`,
  )
  // Netlify and Cloudflare Pages: a page of the app without a file of its own (an article published after the
  // build) gets the app shell. Only page paths: a missing JSON file or asset must stay a real 404, not HTML.
  await writeFile(
    path.join(dist, '_redirects'),
    ['articles', 'page', 'sections', 'authors', 'topics']
      .map((folder) => `${base}${folder}/*  ${base}shell.html  200\n`)
      .join(''),
  )
  await writeFile(
    path.join(dist, 'nginx-security-headers.conf'),
    `${entries.map(([name, value]) => `add_header ${name} "${value}" always;`).join('\n')}\n`,
  )
}

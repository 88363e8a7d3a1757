import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { dist } from './prerender-pages'
import { inlineCode, securityHeaders } from './security-headers'

export const headersJsonFile = path.join(dist, '..', 'dist-ssr', 'security-headers.json')

// Hashed assets never change under their name; pages, JSON and the worker are checked on every visit.
// (Not on /*: hosts merge every matching block, and two max-age values would undo the immutable one.)
const CACHE_RULES = [
  '/*.html\n  Cache-Control: public, max-age=0, must-revalidate',
  '/content/*.json\n  Cache-Control: public, max-age=0, must-revalidate',
  '/assets/*\n  Cache-Control: public, max-age=31536000, immutable',
  '/content/images/variants/*\n  Cache-Control: public, max-age=604800',
  '/sw.js\n  Cache-Control: no-cache',
]

/**
 * Writes the headers three ways: `dist/_headers` (Netlify, Cloudflare Pages; with cache rules, and a
 * `_redirects` that serves the shell), `dist/nginx-security-headers.conf` (an `include` for nginx), and JSON
 * that `vite preview` serves them from.
 */
export async function writeSecurityHeaders(
  pages: string[],
  origins: { contentOrigins: string[]; imageOrigins: string[] },
) {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  for (const html of pages) {
    const code = inlineCode(html)
    code.scripts.forEach((script) => scripts.add(script))
    code.styles.forEach((style) => styles.add(style))
  }
  const headers = securityHeaders({
    inlineScripts: [...scripts],
    inlineStyles: [...styles],
    ...origins,
  })
  const entries = Object.entries(headers)
  await writeFile(headersJsonFile, `${JSON.stringify(headers, null, 2)}\n`)
  await writeFile(
    path.join(dist, '_headers'),
    `/*\n${entries.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n\n${CACHE_RULES.join('\n\n')}\n`,
  )
  // Netlify and Cloudflare Pages: an article page without a file of its own gets the app shell. Only article
  // pages: a missing JSON file or asset must stay a real 404, not become HTML.
  await writeFile(path.join(dist, '_redirects'), '/articles/*  /shell.html  200\n')
  await writeFile(
    path.join(dist, 'nginx-security-headers.conf'),
    `${entries.map(([name, value]) => `add_header ${name} "${value}" always;`).join('\n')}\n`,
  )
}

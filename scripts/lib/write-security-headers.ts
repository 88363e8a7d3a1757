import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { dist } from './prerender-pages'
import { inlineCode, securityHeaders } from './security-headers'

export const headersJsonFile = path.join(dist, '..', 'dist-ssr', 'security-headers.json')

/**
 * Writes the headers three ways: `dist/_headers` (Netlify, Cloudflare Pages), `dist/nginx-security-headers.conf`
 * (an `include` for nginx), and JSON that `vite preview` serves them from.
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
    `/*\n${entries.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`,
  )
  await writeFile(
    path.join(dist, 'nginx-security-headers.conf'),
    `${entries.map(([name, value]) => `add_header ${name} "${value}" always;`).join('\n')}\n`,
  )
}

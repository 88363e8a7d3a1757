import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'

// A plain static file server, as a static host or CDN serves the build: no Vite, no knowledge of the app.
// It follows the two files the build writes for such hosts, as Netlify and Cloudflare Pages read them:
// `_headers` (security and cache headers by path) and `_redirects` (the app shell for page paths). Pretty
// URLs resolve as those hosts do: /x → x, x.html, x/index.html.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

interface HeaderRule {
  pattern: RegExp
  headers: [string, string][]
}

interface Redirect {
  pattern: RegExp
  target: string
}

const wildcard = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`)

function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    if (!/^\s/.test(line)) rules.push({ pattern: wildcard(line.trim()), headers: [] })
    // "! Name" detaches a header an earlier rule set (Cloudflare Pages): the search page's own policy.
    else if (line.trim().startsWith('!'))
      rules.at(-1)?.headers.push([line.trim().slice(1).trim(), ''])
    else {
      const separator = line.indexOf(':')
      rules
        .at(-1)
        ?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()])
    }
  }
  return rules
}

function parseRedirects(text: string): Redirect[] {
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((parts) => parts.length === 3 && parts[2] === '200')
    .map(([from = '', target = '']) => ({ pattern: wildcard(from), target }))
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  )
}

export interface StaticServer {
  origin: string
  close(): Promise<void>
}

/** Serves `dir` at `mount` ("/news/") on 127.0.0.1:`port`. */
export async function startStaticServer(
  dir: string,
  mount: string,
  port: number,
): Promise<StaticServer> {
  const headerRules = parseHeaders(await readFile(path.join(dir, '_headers'), 'utf8'))
  const redirects = parseRedirects(await readFile(path.join(dir, '_redirects'), 'utf8'))

  const resolve = async (pathname: string): Promise<string | undefined> => {
    if (!pathname.startsWith(mount)) return undefined
    const relative = pathname.slice(mount.length)
    const base = path.join(dir, relative)
    if (base !== dir && !base.startsWith(`${dir}${path.sep}`)) return undefined
    for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')])
      if (await isFile(candidate)) return candidate
    const rewrite = redirects.find((redirect) => redirect.pattern.test(pathname))
    return rewrite ? resolve(rewrite.target) : undefined
  }

  const server = createServer((request, response) => {
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)
    } catch {
      response.writeHead(400)
      response.end('Bad request')
      return
    }
    void (async () => {
      // As static hosts do for a folder asked for without its slash.
      if (`${pathname}/` === mount) {
        response.writeHead(301, { Location: mount })
        response.end()
        return
      }
      const file = await resolve(pathname)
      for (const rule of headerRules)
        if (rule.pattern.test(pathname))
          for (const [name, value] of rule.headers)
            if (value === '') response.removeHeader(name)
            else response.setHeader(name, value)
      if (file === undefined) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
        response.end('Not found')
        return
      }
      // A Content-Type from _headers (feeds) wins over the guess from the extension, as on the hosts.
      if (!response.hasHeader('Content-Type'))
        response.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream')
      response.writeHead(200)
      response.end(request.method === 'HEAD' ? undefined : await readFile(file))
    })().catch((error: unknown) => {
      response.writeHead(500)
      response.end(String(error))
    })
  })
  await new Promise<void>((resolveListen) => server.listen(port, '127.0.0.1', resolveListen))
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolveClose) =>
        server.close(() => {
          resolveClose()
        }),
      ),
  }
}

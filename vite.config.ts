/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, loadEnv } from 'vite'
import type { Plugin } from 'vite'
import { withBootScript } from './build/deploy/boot-script.ts'
import { headersForPath } from './build/deploy/path-headers.ts'
import type { PathRule } from './build/deploy/path-headers.ts'
import { mastheadSections } from './build/deploy/masthead-sections.ts'
import { PREVIEW_HOST, previewPort } from './build/shared/preview-port.ts'
import { shortClassNames } from './build/deploy/short-class-names.ts'
import { readSiteConfig } from './src/config/site-config.ts'
import { interfaceDirection } from './src/i18n/locales.ts'
import { pageTemplateWords } from './src/i18n/page-template-words.ts'
import type { SiteConfig } from './src/config/site-config.ts'

/** Inlines the reader-settings boot script into <head>, in dev and build alike, so settings apply before paint. */
function readerSettingsBoot(): Plugin {
  return {
    name: 'broadsheet:reader-settings-boot',
    transformIndexHtml: { order: 'pre', handler: withBootScript },
  }
}

/** The publication's name and interface language in index.html (lang, dir, title, description, no-script line). */
function siteNameInHtml(site: SiteConfig): Plugin {
  const escaped = site.siteName.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
  return {
    name: 'broadsheet:site-name',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        Object.entries(pageTemplateWords(site.locale, site.siteName))
          .reduce((filled, [placeholder, words]) => filled.replaceAll(placeholder, words), html)
          .replaceAll('%SITE_NAME%', escaped)
          .replaceAll('%LOCALE%', site.locale)
          .replaceAll('%DIR%', interfaceDirection(site.locale)),
    },
  }
}

/**
 * Under a base path the build points the bundled content's photos where that folder is served
 * (/news/content/images/…); the dev server, which serves the source files, answers their original paths.
 */
function bundledContentUnderBasePath(site: SiteConfig): Plugin {
  return {
    name: 'broadsheet:bundled-content-under-base-path',
    configureServer(server) {
      if (site.basePath === '/') return
      server.middlewares.use((request, _response, next) => {
        if (request.url?.startsWith('/content/'))
          request.url = `${site.basePath}${request.url.slice(1)}`
        next()
      })
    },
  }
}

/**
 * `vite preview` behaves like the static hosts in docs/deploy: a path with its own prerendered file gets it
 * (`/articles/x` → `articles/x.html`, Vite's own rule), any other page path gets the app shell, which renders
 * in the browser. Data and asset requests are left alone, so a missing JSON file is a real 404.
 */
function appShellFallback(site: SiteConfig): Plugin {
  return {
    name: 'broadsheet:app-shell-fallback',
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir)
      server.middlewares.use((request, _response, next) => {
        // Vite strips the base path before its own middlewares; ours see the path as requested.
        const requested = (request.url ?? '/').split('?')[0] ?? '/'
        // Outside the base path is not ours: Vite redirects or answers 404.
        if (!requested.startsWith(site.basePath)) {
          next()
          return
        }
        const pathname = `/${requested.slice(site.basePath.length)}`
        const wantsPage =
          request.method === 'GET' && (request.headers.accept ?? '').includes('text/html')
        const hasOwnFile =
          pathname === '/' ||
          path.extname(pathname) !== '' ||
          existsSync(path.join(outDir, `${pathname}.html`))
        if (wantsPage && !hasOwnFile && existsSync(path.join(outDir, 'shell.html')))
          request.url = `${site.basePath}shell.html`
        next()
      })
    },
  }
}

/**
 * `vite preview` sends the same security headers a production host would (written by the build from the
 * pages' actual inline code), so the browser tests run under the real Content Security Policy.
 */
function securityHeadersInPreview(site: SiteConfig): Plugin {
  return {
    name: 'broadsheet:security-headers',
    configurePreviewServer(server) {
      const file = path.resolve(server.config.root, 'dist-ssr/security-headers.json')
      const pathFile = path.resolve(server.config.root, 'dist-ssr/path-headers.json')
      server.middlewares.use((request, response, next) => {
        if (existsSync(file)) {
          const headers = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
          for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
        }
        // Per-path headers (build/deploy/path-headers.ts): the search page's policy, feeds' media types.
        // As requested: the shell fallback (above) has already pointed /search at shell.html.
        const requested = (request.originalUrl ?? request.url ?? '/').split('?')[0] ?? '/'
        if (existsSync(pathFile) && requested.startsWith(site.basePath)) {
          const rules = JSON.parse(readFileSync(pathFile, 'utf8')) as PathRule[]
          const own = headersForPath(rules, `/${requested.slice(site.basePath.length)}`)
          for (const [name, value] of Object.entries(own)) response.setHeader(name, value)
          // The static file server sets its own guess of Content-Type when it writes the head.
          const contentType = own['Content-Type']
          if (contentType !== undefined) {
            const writeHead = response.writeHead.bind(response)
            response.writeHead = ((...args: Parameters<typeof response.writeHead>) => {
              const [, headers] = args
              if (headers !== undefined && typeof headers === 'object' && !Array.isArray(headers))
                delete (headers as Record<string, unknown>)['Content-Type']
              response.setHeader('Content-Type', contentType)
              return writeHead(...args)
            }) as typeof response.writeHead
          }
        }
        next()
      })
    },
  }
}

export default defineConfig(({ command, mode, isSsrBuild }) => {
  // The same settings, read the same way, as the app's own src/config/config.ts.
  const site = readSiteConfig(loadEnv(mode, process.cwd(), 'VITE_'))
  if (
    site.basePath !== '/' &&
    site.contentBase.startsWith('/') &&
    !site.contentBase.startsWith(site.basePath)
  )
    console.warn(
      `VITE_CONTENT_BASE ${site.contentBase} is outside VITE_BASE_PATH ${site.basePath}: articles will ` +
        'not be prerendered, and the build’s own content folder is not there. Leave it unset to use it.',
    )
  return {
    base: site.basePath,
    plugins: [
      react(),
      readerSettingsBoot(),
      siteNameInHtml(site),
      bundledContentUnderBasePath(site),
      appShellFallback(site),
      securityHeadersInPreview(site),
      mastheadSections(process.cwd()),
    ],
    // Dev keeps Vite's readable class names; the build's are short (build/deploy/short-class-names.ts).
    css:
      command === 'build'
        ? { modules: { generateScopedName: shortClassNames(process.cwd()) } }
        : {},
    build: {
      target: 'es2022',
      // The server build renders pages; it needs none of public/ (10,000 articles are 78 MB to copy).
      copyPublicDir: isSsrBuild !== true,
      // The budgets are measured on gzip sizes; the report is cheap and keeps them visible in every build.
      reportCompressedSize: true,
      // build/bench/check-budgets.ts reads the chunk graph from here to know what the first view loads.
      manifest: true,
      // Rolldown gives every module that the first view shares with an on-demand chunk a tiny chunk of its own
      // (eleven of them once the richer blocks load on demand): each costs a request and gzip's per-file
      // overhead. Everything the entry imports statically goes in one chunk instead (1.5 KB less gzip).
      rolldownOptions:
        isSsrBuild === true
          ? {}
          : { output: { codeSplitting: { groups: [{ name: 'first-view', tags: ['$initial'] }] } } },
    },
    preview: { host: PREVIEW_HOST, port: previewPort(), strictPort: true },
    test: {
      environment: 'jsdom',
      include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
      css: { modules: { classNameStrategy: 'non-scoped' } },
    },
  }
})

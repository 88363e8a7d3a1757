/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { defineConfig } from 'vite'
import type { Plugin } from 'vite'
import { withBootScript } from './scripts/lib/boot-script'

/** Inlines the reader-settings boot script into <head>, in dev and build alike, so settings apply before paint. */
function readerSettingsBoot(): Plugin {
  return {
    name: 'broadsheet:reader-settings-boot',
    transformIndexHtml: { order: 'pre', handler: withBootScript },
  }
}

/**
 * `vite preview` behaves like the static hosts in docs/deploy: a path with its own prerendered file gets it
 * (`/articles/x` → `articles/x.html`, Vite's own rule), any other page path gets the app shell, which renders
 * in the browser. Data and asset requests are left alone, so a missing JSON file is a real 404.
 */
function appShellFallback(): Plugin {
  return {
    name: 'broadsheet:app-shell-fallback',
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir)
      server.middlewares.use((request, _response, next) => {
        const pathname = (request.url ?? '/').split('?')[0] ?? '/'
        const wantsPage =
          request.method === 'GET' && (request.headers.accept ?? '').includes('text/html')
        const hasOwnFile =
          pathname === '/' ||
          path.extname(pathname) !== '' ||
          existsSync(path.join(outDir, `${pathname}.html`))
        if (wantsPage && !hasOwnFile && existsSync(path.join(outDir, 'shell.html')))
          request.url = '/shell.html'
        next()
      })
    },
  }
}

/**
 * `vite preview` sends the same security headers a production host would (written by the build from the
 * pages' actual inline code), so the browser tests run under the real Content Security Policy.
 */
function securityHeadersInPreview(): Plugin {
  return {
    name: 'broadsheet:security-headers',
    configurePreviewServer(server) {
      const file = path.resolve(server.config.root, 'dist-ssr/security-headers.json')
      server.middlewares.use((_request, response, next) => {
        if (existsSync(file)) {
          const headers = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
          for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
        }
        next()
      })
    },
  }
}

export default defineConfig({
  plugins: [react(), readerSettingsBoot(), appShellFallback(), securityHeadersInPreview()],
  build: {
    target: 'es2022',
    // The budgets are measured on gzip sizes; the report is cheap and keeps them visible in every build.
    reportCompressedSize: true,
    // scripts/check-budgets.ts reads the chunk graph from here to know what the first view loads.
    manifest: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
})

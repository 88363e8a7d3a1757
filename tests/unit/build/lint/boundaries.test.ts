// @vitest-environment node
import { ESLint } from 'eslint'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'

// The boundaries in build/lint/boundaries.js, checked through the project's own ESLint config: each probe is
// linted as the text of a real file at that place in the tree (the type-aware parser only knows files its
// tsconfig includes), and nothing is written to disk.

const root = path.resolve(import.meta.dirname, '../../../..')
const ZONES = 'import-x/no-restricted-paths'
const PACKAGES = 'no-restricted-imports'
const TYPES_ONLY = '@typescript-eslint/no-restricted-imports'

/** An existing file in each place a probe stands for. */
const AT = {
  content: 'src/content/safe-url.ts',
  siteConfig: 'src/config/site-config.ts',
  build: 'build/prerender/publish-json.ts',
  feature: 'src/features/article/reading-time.ts',
  component: 'src/components/ErrorBoundary.tsx',
  lib: 'src/lib/use-is-client.ts',
  data: 'src/data/content-urls.ts',
}

let eslint: ESLint

// A type-aware lint with cycle detection walks the import graph: seconds on a busy machine, not milliseconds.
const LINT_TIMEOUT = { timeout: 30_000 }

// The first type-aware lint starts TypeScript's project service and loads every program: seconds, once.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root })
  await lint(AT.content, 'export {}\n')
  await lint(AT.build, 'export {}\n')
}, 120_000)

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return result?.messages ?? []
}

async function errorRules(file: string, code: string): Promise<string[]> {
  return (await lint(file, code))
    .filter((message) => message.severity === 2)
    .map((message) => message.ruleId ?? message.message)
}

describe('a forbidden import fails lint', LINT_TIMEOUT, () => {
  test.each([
    ['the content model imports React', AT.content, "import { useState } from 'react'", PACKAGES],
    [
      'the content model imports TanStack Query',
      AT.content,
      "import { queryOptions } from '@tanstack/react-query'",
      PACKAGES,
    ],
    ['the content model imports Node', AT.content, "import { readFile } from 'node:fs'", PACKAGES],
    [
      'the content model imports the app’s config',
      AT.content,
      "import { config } from '../config/config'",
      ZONES,
    ],
    [
      'the content model imports browser data code',
      AT.content,
      "import { fetchJson } from '../data/fetch-json'",
      ZONES,
    ],
    [
      'the content model imports a component',
      AT.content,
      "import { Figure } from '../components/Figure'",
      ZONES,
    ],
    [
      'the content model imports the server entry',
      AT.content,
      "import { prerenderShell } from '../server/entry-server'",
      ZONES,
    ],
    [
      'the shared site settings import the app’s config',
      AT.siteConfig,
      "import { config } from './config'",
      ZONES,
    ],
    ['the build imports the app', AT.build, "import { App } from '../../src/app/App'", ZONES],
    [
      'the build imports browser data code',
      AT.build,
      "import { fetchJson } from '../../src/data/fetch-json'",
      ZONES,
    ],
    [
      'the build imports the app’s config',
      AT.build,
      "import { config } from '../../src/config/config'",
      ZONES,
    ],
    [
      'the build imports the server entry’s code, not its types',
      AT.build,
      "import { prerenderShell } from '../../src/server/entry-server'",
      TYPES_ONLY,
    ],
    [
      'the build imports head tags from src/server',
      AT.build,
      "import { articleHead } from '../../src/server/page-head'",
      ZONES,
    ],
    [
      'a feature imports another feature',
      AT.feature,
      "import { FrontPage } from '../front-page/FrontPage'",
      ZONES,
    ],
    ['a feature imports the app', AT.feature, "import { App } from '../../app/App'", ZONES],
    [
      'a shared component imports a feature',
      AT.component,
      "import { ArticleView } from '../features/article/ArticleView'",
      ZONES,
    ],
    ['a generic hook imports the app', AT.lib, "import { App } from '../app/App'", ZONES],
    [
      'browser data code imports the app',
      AT.data,
      "import { createQueryClient } from '../app/query-client'",
      ZONES,
    ],
  ])('%s', async (_, file, importLine, rule) => {
    expect(await errorRules(file, `${importLine}\nexport {}\n`)).toContain(rule)
  })

  test('an import cycle fails lint', async () => {
    // format.ts imports limits.ts: limits.ts importing format.ts back closes the loop.
    const errors = await errorRules(
      'src/content/limits.ts',
      "import { strictArticleSchema } from './format'\nexport const probe = strictArticleSchema\n",
    )
    expect(errors).toContain('import-x/no-cycle')
  })
})

describe('an allowed import passes lint', LINT_TIMEOUT, () => {
  test('a feature uses shared components, data and the content model', async () => {
    const messages = await lint(
      AT.feature,
      [
        "import { Figure } from '../../components/Figure'",
        "import { articleQueryOptions } from '../../data/queries'",
        "import { LIMITS } from '../../content/limits'",
        'export const probe = [Figure, articleQueryOptions, LIMITS] as const',
        '',
      ].join('\n'),
    )
    expect(messages).toEqual([])
  })

  test('the build uses the content model, the site settings and the server entry’s types', async () => {
    const messages = await lint(
      AT.build,
      [
        "import type * as ServerEntryModule from '../../src/server/entry-server'",
        "import { readSiteConfig } from '../../src/config/site-config'",
        "import { LIMITS } from '../../src/content/limits'",
        'export type Probe = typeof ServerEntryModule',
        'export const probe = [readSiteConfig, LIMITS] as const',
        '',
      ].join('\n'),
    )
    expect(messages).toEqual([])
  })
})

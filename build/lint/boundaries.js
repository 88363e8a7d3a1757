// The architecture as lint rules: which part of the tree may import which. README "Project layout" says why;
// docs/decisions/0006-tree-and-boundaries.md records the choices. A broken rule is an error, never a warning.
import { readdirSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const features = readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const CONTENT_IS_PURE =
  'src/content is the pure content model, run by the browser and the build alike: it imports only itself.'

/** `import-x/no-restricted-paths` zones, paths relative to the repository root. */
export const zones = [
  { target: 'src/content', from: 'src', except: ['./content'], message: CONTENT_IS_PURE },
  {
    target: 'src/config/site-config.ts',
    from: 'src',
    except: ['./content', './config/site-config.ts', './i18n/locales.ts'],
    message:
      'site-config.ts is shared with the build: it may import only src/content and the locale list.',
  },
  {
    target: 'build',
    from: 'src',
    except: [
      './content',
      './config/site-config.ts',
      './i18n/locales.ts',
      './server/entry-server.tsx',
      // The on-demand handler is plain Fetch-API code (no React, no Node): `npm run serve` runs it on Node
      // around the SSR build's renderers, as the Worker runs it on workerd.
      './server/handler.ts',
      './server/content-source.ts',
      './server/cache-policy.ts',
      './server/page-types.ts',
      './server/index-content.ts',
    ],
    message:
      'build/ runs in Node: of src/ it imports src/content, src/config/site-config.ts, the server entry’s types and the Fetch-API handler.',
  },
  ...features.map((feature) => ({
    target: `src/features/${feature}`,
    from: 'src/features',
    except: [`./${feature}`],
    message:
      'A feature never imports another feature: move what both need to src/components or src/lib.',
  })),
  {
    target: 'src/features',
    from: 'src/app',
    message: 'Features never import the app: the app composes features.',
  },
  {
    target: ['src/components', 'src/lib', 'src/data'],
    from: ['src/features', 'src/app'],
    message:
      'Shared code never imports a feature or the app: imports go lib | components | data → features → app.',
  },
]

/** Packages the content model must not use (it runs at build time in Node, and in the browser). */
export const contentPackages = {
  patterns: [
    {
      group: [
        'react',
        'react/*',
        'react-dom',
        'react-dom/*',
        'react-router',
        'react-router/*',
        '@tanstack/*',
      ],
      message: CONTENT_IS_PURE,
    },
    { group: ['node:*'], message: CONTENT_IS_PURE },
  ],
}

/** The build may know the server entry's shape, but renders through the SSR build, never the source. */
export const buildImportsOfServer = {
  patterns: [
    {
      group: [
        '**/src/server/*',
        '!**/src/server/handler',
        '!**/src/server/content-source',
        '!**/src/server/cache-policy',
        '!**/src/server/page-types',
        '!**/src/server/index-content',
      ],
      allowTypeImports: true,
      message:
        'build/ loads the SSR build (dist-ssr); it imports only the server entry’s types from src/server.',
    },
  ],
}

/** Node's globals that a module shared with the browser must not touch. */
export const nodeOnlyGlobals = [
  'process',
  'Buffer',
  'global',
  '__dirname',
  '__filename',
  'require',
  'module',
]

import path from 'node:path'
import { buildSync } from 'esbuild'
import { root } from '../shared/paths.ts'

let cached: string | undefined

/**
 * The boot script, bundled and minified from src/app/boot.ts so it shares every
 * line of parsing with the app. Inline (one less request before first paint) and allowed by CSP through its hash.
 */
function bootScript(): string {
  if (cached !== undefined) return cached
  const result = buildSync({
    entryPoints: [path.join(root, 'src/app/boot.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
  })
  const code = result.outputFiles[0]?.text.trim()
  if (!code) throw new Error('The settings boot script bundled to nothing.')
  cached = code
  return code
}

const BOOT_SCRIPT_MARKER = '<!-- reader-settings-boot -->'

export function withBootScript(html: string): string {
  if (!html.includes(BOOT_SCRIPT_MARKER))
    throw new Error(`index.html has no ${BOOT_SCRIPT_MARKER} marker`)
  // A function, not a string: minified code may hold "$&" or "$'" (a variable named $), which a replacement
  // string would expand into the marker or the rest of the page.
  return html.replace(BOOT_SCRIPT_MARKER, () => `<script>${bootScript()}</script>`)
}

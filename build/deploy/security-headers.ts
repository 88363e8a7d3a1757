import { createHash } from 'node:crypto'
import { TRUSTED_TYPES_POLICIES } from '../../src/content/trusted-types'

// The Content Security Policy and the other security headers for the built site. Inline code is allowed by
// hash only: the settings boot script, the deferred app loader and the inlined stylesheet. Nothing else
// inline can run, and nothing is loaded from anywhere but this origin and the declared content and image hosts.

function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`
}

export interface PolicyInputs {
  inlineScripts: string[]
  inlineStyles: string[]
  /** Origins article JSON may come from besides this one (a remote content base). */
  contentOrigins: string[]
  /** Origins photos may come from besides this one. */
  imageOrigins: string[]
  /** Lets WebAssembly compile: only for the search page and Pagefind's files (path-headers.ts). */
  allowWasm?: boolean
  /** Origins video and audio may come from besides this one: the same media hosts as photos. */
  mediaOrigins?: string[]
  /** The allowed embed providers' frame origins (embedFrameOrigins); none means no frame may load. */
  frameOrigins?: string[]
}

export function contentSecurityPolicy({
  inlineScripts,
  inlineStyles,
  contentOrigins,
  imageOrigins,
  allowWasm = false,
  mediaOrigins = imageOrigins,
  frameOrigins = [],
}: PolicyInputs): string {
  const unique = (values: string[]) => [...new Set(values)].join(' ')
  return [
    "default-src 'self'",
    `script-src ${unique(["'self'", ...(allowWasm ? ["'wasm-unsafe-eval'"] : []), ...inlineScripts.map(sha256Source)])}`,
    `style-src ${unique(["'self'", ...inlineStyles.map(sha256Source)])}`,
    `img-src ${unique(["'self'", ...imageOrigins])}`,
    `media-src ${unique(["'self'", ...mediaOrigins])}`,
    // Exactly the players this site allows, loaded only when a reader asks for one.
    `frame-src ${frameOrigins.length === 0 ? "'none'" : unique(frameOrigins)}`,
    "font-src 'self'",
    `connect-src ${unique(["'self'", ...contentOrigins])}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${Object.values(TRUSTED_TYPES_POLICIES).join(' ')}`,
  ].join('; ')
}

export function securityHeaders(inputs: PolicyInputs): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(inputs),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
}

/** Every inline <script> without a src (except JSON data blocks, which never run) and every inline <style>. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [
    ...html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map((match) => match[1] ?? '')
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(
    (match) => match[1] ?? '',
  )
  return { scripts, styles }
}

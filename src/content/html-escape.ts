// Escaping for the HTML the build writes outside React (head tags, embedded state, the bench's static page).
// Pure text functions, so the prerenderer and the build share one copy.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** For text placed in HTML attributes and elements by the prerenderer (React escapes its own output). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
}

/** JSON inside <script>: "</script>" and "<!--" can't appear, and U+2028/9 are escaped for old parsers. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

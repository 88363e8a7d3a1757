import { createHash } from 'node:crypto'
import path from 'node:path'

// CSS Modules' class names in a production build: six characters from a hash of the file and the local name,
// instead of Vite's `_local_hash_line` (16 characters on average). Every prerendered page carries each name
// twice, in its inline stylesheet and in its HTML, and the first view's JavaScript once more: the article page
// is then small enough to arrive in the first round trip of a new connection (docs/performance.md).
// Deterministic, so the client and server builds name every class alike.

export function shortClassNames(root: string): (local: string, file: string) => string {
  const taken = new Map<string, string>()
  return (local, file) => {
    const source = `${path.relative(root, file.split('?')[0] ?? file)}:${local}`
    const name = `_${createHash('sha256').update(source).digest('base64url').slice(0, 5)}`
    const owner = taken.get(name)
    if (owner !== undefined && owner !== source)
      throw new Error(`CSS class names ${owner} and ${source} hash alike: lengthen the hash.`)
    taken.set(name, source)
    return name
  }
}

import { readFile, writeFile } from 'node:fs/promises'

/**
 * Writes only when the bytes differ, so the generated files in public/content/ (index pages, the variant
 * lists) keep their modification time when nothing changed, for the editor, git status and the dev server.
 */
export async function writeIfChanged(file: string, content: string): Promise<boolean> {
  const existing = await readFile(file, 'utf8').catch(() => undefined)
  if (existing === content) return false
  await writeFile(file, content)
  return true
}

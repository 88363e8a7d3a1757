import { readFile, writeFile } from 'node:fs/promises'

/**
 * Writes only when the bytes differ, so an unchanged output keeps its modification time and whatever comes
 * after (prerendering, a CDN sync, rsync) sees that nothing happened.
 */
export async function writeIfChanged(file: string, content: string): Promise<boolean> {
  const existing = await readFile(file, 'utf8').catch(() => undefined)
  if (existing === content) return false
  await writeFile(file, content)
  return true
}

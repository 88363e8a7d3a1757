import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { CorpusFile } from './corpus'

// Enough writes in flight to keep the disk busy without holding thousands of file handles open at once.
const WRITES_IN_FLIGHT = 64

export class OccupiedFolderError extends Error {}

/** Makes dir if missing; refuses one with files in it unless forced, and then clears only its *.json files. */
export async function prepareFolder(dir: string, force = false): Promise<void> {
  await mkdir(dir, { recursive: true })
  const names = await readdir(dir)
  if (names.length === 0) return
  if (!force)
    throw new OccupiedFolderError(
      `${dir} is not empty; pass --force to replace the .json files in it`,
    )
  await Promise.all(
    names.filter((name) => name.endsWith('.json')).map((name) => rm(path.join(dir, name))),
  )
}

/** Writes each file as <slug>.json into a prepared folder and returns the bytes written. */
export async function writeArticleFiles(
  dir: string,
  files: readonly CorpusFile[],
  onWritten?: () => void,
): Promise<number> {
  let bytes = 0
  for (let start = 0; start < files.length; start += WRITES_IN_FLIGHT) {
    const batch = files.slice(start, start + WRITES_IN_FLIGHT)
    await Promise.all(
      batch.map(async ({ slug, json }) => {
        // 'wx': a file that appeared since the folder was checked is someone else's, not ours to replace.
        await writeFile(path.join(dir, `${slug}.json`), json, { flag: 'wx' })
        bytes += Buffer.byteLength(json)
        onWritten?.()
      }),
    )
  }
  return bytes
}

export async function writeCorpus(
  dir: string,
  files: readonly CorpusFile[],
  { force = false } = {},
): Promise<number> {
  await prepareFolder(dir, force)
  return writeArticleFiles(dir, files)
}

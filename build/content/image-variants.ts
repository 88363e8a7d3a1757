import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import type { ImageData } from '../../src/content/format'
import { exists } from '../shared/exists'
import { imagesDir, localImagePrefix } from '../shared/paths'
import { writeIfChanged } from '../shared/write-if-changed'

// Every local photo (under /content/images/) gets width variants in AVIF, WebP and JPEG, so a phone
// downloads a 480 px AVIF instead of the 1600 px original. A source whose bytes are unchanged is not encoded
// again.

const VARIANT_WIDTHS = [480, 800, 1200, 1600] as const
const FORMATS = [
  { type: 'image/avif', extension: 'avif', options: { quality: 50, effort: 1 } },
  { type: 'image/webp', extension: 'webp', options: { quality: 72 } },
  {
    type: 'image/jpeg',
    extension: 'jpg',
    options: { quality: 72, mozjpeg: true, progressive: true },
  },
] as const

type Variant = NonNullable<ImageData['variants']>[number]
export type VariantManifest = Record<string, Variant[]>

const variantsDir = path.join(imagesDir, 'variants')
const variantManifestFile = path.join(imagesDir, 'variants.json')

// Which bytes each source photo had when its variants were made. By content, not modification time: a
// fresh CI checkout stamps every committed photo anew, and that must not mean encoding them all again.
const sourcesFile = path.join(imagesDir, 'variant-sources.json')

async function readJsonRecord(file: string): Promise<Record<string, string>> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, string>
  } catch {
    return {}
  }
}

export async function readVariantManifest(): Promise<VariantManifest> {
  try {
    return JSON.parse(await readFile(variantManifestFile, 'utf8')) as VariantManifest
  } catch {
    return {}
  }
}

/** Makes what is missing or was made from other bytes; returns how many files were written. */
export async function ensureImageVariants(
  images: readonly ImageData[],
  onImage: () => void = () => undefined,
): Promise<{ written: number; images: number }> {
  await mkdir(variantsDir, { recursive: true })
  const manifest: VariantManifest = {}
  const madeFrom = await readJsonRecord(sourcesFile)
  const sources: Record<string, string> = {}
  let written = 0
  const local = new Map(
    images
      .filter((image) => image.src.startsWith(localImagePrefix))
      .map((image) => [image.src, image]),
  )
  for (const image of local.values()) {
    const relative = image.src.slice(localImagePrefix.length)
    const source = path.join(imagesDir, relative)
    const bytes = await readFile(source).catch(() => undefined)
    onImage()
    if (bytes === undefined) continue
    const digest = createHash('sha256').update(bytes).digest('base64')
    const sameSource = madeFrom[image.src] === digest
    sources[image.src] = digest
    const base = relative.replace(/\.[a-z0-9]+$/i, '').replaceAll('/', '--')
    const widths = VARIANT_WIDTHS.filter((width) => width <= image.width)
    const variants: Variant[] = []
    for (const width of widths.length > 0 ? widths : [image.width]) {
      for (const format of FORMATS) {
        const name = `${base}-${width}.${format.extension}`
        const file = path.join(variantsDir, name)
        if (!sameSource || !(await exists(file))) {
          await sharp(bytes)
            .resize({ width, withoutEnlargement: true })
            .toFormat(format.extension === 'jpg' ? 'jpeg' : format.extension, format.options)
            .toFile(file)
          written += 1
        }
        variants.push({ src: `${localImagePrefix}variants/${name}`, width, type: format.type })
      }
    }
    manifest[image.src] = variants
  }
  await writeIfChanged(variantManifestFile, `${JSON.stringify(manifest, null, 1)}\n`)
  await writeIfChanged(sourcesFile, `${JSON.stringify(sources, null, 1)}\n`)
  return { written, images: local.size }
}

/** Adds the generated variants to every local image in a JSON document that does not list its own. */
export function withVariants<T>(json: T, manifest: VariantManifest): T {
  if (Array.isArray(json)) return json.map((item: unknown) => withVariants(item, manifest)) as T
  if (typeof json !== 'object' || json === null) return json
  const record = json as Record<string, unknown>
  const enriched = Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, withVariants(value, manifest)]),
  )
  const src = record.src
  const known = typeof src === 'string' ? manifest[src] : undefined
  if (known && record.variants === undefined && typeof record.width === 'number')
    enriched.variants = known
  return enriched as T
}

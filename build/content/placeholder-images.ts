import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import type { ImageData } from '../../src/content/format'
import { exists } from '../shared/exists'
import { imagesDir, localImagePrefix } from '../shared/paths'

// The seed's photos are agency pictures we cannot ship. Placeholders at the real size keep layout, bytes
// and loading behaviour realistic, and say plainly on their face that they are stand-ins.

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > maxChars) {
      lines.push(line)
      line = word
    } else line = `${line} ${word}`.trim()
  }
  if (line) lines.push(line)
  return lines.length > maxLines
    ? [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1] ?? ''}…`]
    : lines
}

function hue(text: string): number {
  let hash = 0
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return hash % 360
}

function placeholderSvg(image: ImageData): string {
  const { width, height } = image
  const unit = Math.min(width, height) / 20
  const description = wrap(image.alt || image.caption || '', Math.floor(width / (unit * 0.62)), 4)
  const h = hue(image.src)
  const lines = description
    .map(
      (line, index) =>
        `<text x="50%" y="${height / 2 + unit * (1.6 + index * 1.4)}" font-size="${unit}">${escapeXml(line)}</text>`,
    )
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="hsl(${h} 30% 72%)"/><stop offset="1" stop-color="hsl(${(h + 40) % 360} 35% 48%)"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" fill="#fff" text-anchor="middle">
    <text x="50%" y="${height / 2 - unit * 1.2}" font-size="${unit * 2.2}" font-weight="bold" letter-spacing="${unit * 0.1}">PLACEHOLDER IMAGE</text>
    <text x="50%" y="${height / 2 + unit * 0.1}" font-size="${unit * 0.8}">${width} × ${height} · the original photo is not included</text>
    ${lines}
  </g>
</svg>`
}

/** Makes a labelled JPEG for every local image an article names; existing files are left as they are. */
export async function ensurePlaceholderImages(
  images: readonly ImageData[],
): Promise<{ made: number; kept: number }> {
  await mkdir(imagesDir, { recursive: true })
  const unique = new Map(
    images
      .filter((image) => image.src.startsWith(localImagePrefix))
      .map((image) => [image.src, image]),
  )
  let made = 0
  for (const image of unique.values()) {
    const file = path.join(imagesDir, image.src.slice(localImagePrefix.length))
    if (await exists(file)) continue
    await mkdir(path.dirname(file), { recursive: true })
    await sharp(Buffer.from(placeholderSvg(image)))
      .jpeg({ quality: 72, progressive: true, mozjpeg: true })
      .toFile(file)
    made += 1
  }
  return { made, kept: unique.size - made }
}

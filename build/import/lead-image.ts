import { splitCaptionCredit } from './captions'
import type { DraftBlock } from './html-body'
import type { PageMetadata } from './html-metadata'
import type { PhotoDraft, PhotoTally } from './photo'
import { acceptedSource } from './photo'

/** The metadata's lead photo, completed from the copy of it shown on the page (caption, size, alt). */
export function leadDraft(
  meta: PageMetadata,
  onPage: ReadonlyMap<string, PhotoDraft>,
  tally: PhotoTally,
): PhotoDraft | undefined {
  const image = meta.image
  if (!image) return undefined
  const src = acceptedSource(image.url, image.width, image.height, { pageUrl: meta.pageUrl, tally })
  if (src === undefined) return undefined
  const parts = image.caption === undefined ? {} : splitCaptionCredit(image.caption)
  // The page shows the photo at another size than the metadata names ("?width=960", "/resize/767x511!/").
  const key = photoKey(src)
  const shown = onPage.get(src) ?? [...onPage.values()].find((draft) => photoKey(draft.src) === key)
  const sized = image.width !== undefined && image.height !== undefined
  return {
    src,
    alt: image.alt ?? shown?.alt,
    caption: parts.caption ?? shown?.caption,
    credit: image.credit ?? parts.credit ?? shown?.credit,
    width: sized ? image.width : shown?.width,
    height: sized ? image.height : shown?.height,
  }
}

// Renditions of one photo differ in size words and numbers: "bridge-articleLarge.jpg" and "bridge-superJumbo.jpg"
// (NYT), "/news/1024/…/bridge.jpg" and "/news/480/…/bridge.jpg.webp" (BBC), "quay-1024x683.jpg" (WordPress).
const RENDITION =
  /[-_](?:\d{2,5}x\d{2,5}|articleLarge|articleInline|superJumbo|jumbo|popup|thumbStandard|mobileMasterAt3x|threeByTwo\w*|square\w*|videoSixteenByNine\w*|large|medium|small|thumb|thumbnail|scaled|full)(?=\.[a-z0-9]+$)/i

// Image servers that name the photo in the query: Brightspot's dims (`?url=`), WordPress-VIP's and the
// Washington Post's imrs.php (`?src=`), Next.js (`/_next/image?url=`).
const INNER_URL_PARAMS = ['url', 'src', 'image', 'u']

function innerUrl(src: string): string | undefined {
  const query = /\?([^#]*)/.exec(src)?.[1]
  if (query === undefined) return undefined
  const params = new URLSearchParams(query)
  return INNER_URL_PARAMS.map((name) => params.get(name)).find(
    (value): value is string => value !== null && /^https?:\/\//i.test(value),
  )
}

// A path segment that names a size or a transform, not a photo: "976", "1440x960!", "resize:fit:1400"
// (Medium), "w_800,c_fill" (Cloudinary), "/0/0/4000/2667/664/0/75/0/" (crop boxes and qualities). Numbers of six
// digits or more are kept: they are ids.
const SIZE_SEGMENT = /^(?:\d{1,5}|\d{2,5}x\d{2,5}[!^]?|[^/]*[:,=!][^/]*|w\d+|h\d+|w\d+h\d+)$/

/** One key for every rendition of a photo, so the lead photo is printed once. */
export function photoKey(src: string): string {
  const inner = innerUrl(src)
  if (inner !== undefined && inner !== src) return photoKey(inner)
  const path = src.replace(/[?#].*$/, '').toLowerCase()
  const slash = path.lastIndexOf('/')
  // "/news/976/" (BBC), "/size/w2000/" (Ghost), "/w_1456,c_limit/" (Cloudinary-style) name a size, not a photo.
  const [origin = '', ...segments] = path
    .slice(0, slash)
    .replace(/\/size\//g, '/')
    .split(/(?<!\/)\/(?!\/)/)
  const directory = [origin, ...segments.filter((segment) => !SIZE_SEGMENT.test(segment))].join('/')
  const file = path
    .slice(slash + 1)
    .replace(/(\.(?:jpe?g|png|gif))\.(?:webp|avif)$/, '$1')
    .replace(RENDITION, '')
    .replace(/\.(?:jpe?g|png|gif|webp|avif)$/, '')
  return `${directory}/${file}`
}

/** The lead photo usually appears again at the top of the body; it is printed once, with what each copy knows. */
export function claimLeadImage(
  lead: PhotoDraft | undefined,
  blocks: DraftBlock[],
): { lead?: PhotoDraft; blocks: DraftBlock[] } {
  const index = blocks.findIndex(
    (block) =>
      block.type === 'image' &&
      (lead === undefined ? true : photoKey(block.draft.src) === photoKey(lead.src)),
  )
  const found = blocks[index]
  // Without a lead from the metadata, only a photo before the text counts as the lead.
  if (lead === undefined && index !== 0) return { blocks }
  if (found?.type !== 'image') return { lead, blocks }
  const rest = blocks.filter((_block, position) => position !== index)
  if (lead === undefined) return { lead: found.draft, blocks: rest }
  const sized = lead.width !== undefined && lead.height !== undefined
  return {
    lead: {
      src: lead.src,
      alt: lead.alt ?? found.draft.alt,
      caption: lead.caption ?? found.draft.caption,
      credit: lead.credit ?? found.draft.credit,
      width: sized ? lead.width : found.draft.width,
      height: sized ? lead.height : found.draft.height,
    },
    blocks: rest,
  }
}

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
  const shown = onPage.get(src)
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

/** One key for every rendition of a photo, so the lead photo is printed once. */
export function photoKey(src: string): string {
  const path = src.replace(/[?#].*$/, '').toLowerCase()
  const slash = path.lastIndexOf('/')
  // "/news/976/" (BBC), "/size/w2000/" (Ghost), "/w_1456,c_limit/" (Cloudinary-style) name a size, not a photo.
  const directory = path
    .slice(0, slash)
    .replace(/\/size\/w\d+(?:h\d+)?(?=\/|$)/g, '')
    .replace(/\/\d{2,5}(?:x\d{2,5})?(?=\/|$)/g, '/')
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

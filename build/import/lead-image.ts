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

/** The lead photo usually appears again at the top of the body; it is printed once, with what each copy knows. */
export function claimLeadImage(
  lead: PhotoDraft | undefined,
  blocks: DraftBlock[],
): { lead?: PhotoDraft; blocks: DraftBlock[] } {
  const sameKey = (src: string) => src.replace(/[?#].*$/, '')
  const index = blocks.findIndex(
    (block) =>
      block.type === 'image' &&
      (lead === undefined ? true : sameKey(block.draft.src) === sameKey(lead.src)),
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

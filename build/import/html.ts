import { Readability } from '@mozilla/readability'
import { isUpdateAfterPublish } from '../../src/content/format'
import { parseByline } from './byline'
import { toContentDate } from './dates'
import { bylineOrDefault, chooseSlug, dateNotes, sectionOrDefault } from './defaults'
import type { BodyContext } from './html-body'
import { bodyBlocks } from './html-body'
import { photosOnPage } from './html-photos'
import { isElement, parseDocument } from './html-dom'
import { chooseHeadline, standfirstOf, withoutPageLines } from './html-fields'
import type { PageMetadata } from './html-metadata'
import { readMetadata } from './html-metadata'
import { claimLeadImage, leadDraft } from './lead-image'
import { emptyTally, tallyNotes, toImage } from './photo'
import { count, plainText } from './text'
import type { BlockData, ImageData, ImportOptions, ImportResult } from './types'

function readableContent(html: string, document: Document) {
  const parsed = new Readability<Node>(document, {
    serializer: (node) => node,
    keepClasses: true,
  }).parse()
  const content = parsed?.content
  if (content && isElement(content))
    return { root: content, title: parsed.title ?? undefined, byline: parsed.byline ?? undefined }
  // Readability found no article: walk the whole page, which the body walker still reads as text only.
  return { root: parseDocument(html).body, title: undefined, byline: undefined }
}

/** An update stamp equal to the publication adds nothing; one before it is a CMS error the format refuses. */
function updateStamp(published?: string, modified?: string): string | undefined {
  if (modified === undefined || modified === published) return undefined
  return isUpdateAfterPublish(published, modified) ? modified : undefined
}

function droppedNotes(context: BodyContext, meta: PageMetadata): string[] {
  const notes: string[] = []
  const { embeds, tables } = context.dropped
  if (embeds > 0) notes.push(`dropped ${count(embeds, 'embed')} (video, frame or social post)`)
  if (tables > 0) notes.push(`dropped ${count(tables, 'table')}: the format has no tables`)
  if (context.markupInText.count > 0)
    notes.push(`removed HTML tags written as text in ${count(context.markupInText.count, 'place')}`)
  if (meta.unreadableJsonLd > 0)
    notes.push(`skipped ${count(meta.unreadableJsonLd, 'JSON-LD block')}: not valid JSON`)
  return notes
}

/** A saved news page → an article: Readability finds the text, the page's own metadata the rest. */
export function importHtml(html: string, options: ImportOptions = {}): ImportResult {
  const notes: string[] = []
  const document = parseDocument(html)
  // A <base> would silently re-point every relative address; only the canonical URL may do that.
  for (const base of document.querySelectorAll('base')) base.remove()
  const meta = readMetadata(document)
  const tally = emptyTally()
  const context: BodyContext = {
    pageUrl: meta.pageUrl,
    markupInText: { count: 0 },
    tally,
    imageSizes: meta.imageSizes,
    dropped: { embeds: 0, tables: 0 },
  }
  const onPage = photosOnPage(document, context)
  const readable = readableContent(html, document)

  const headline = chooseHeadline(meta, readable.title)
  const authors =
    meta.authors.length > 0
      ? meta.authors
      : parseByline(plainText(readable.byline?.split(/\s+\|\s+/)[0] ?? ''))
  const drafts = withoutPageLines(bodyBlocks(readable.root, context), headline, authors)
  const claimed = claimLeadImage(leadDraft(meta, onPage, tally), drafts)
  const body = claimed.blocks.map((block): BlockData =>
    block.type === 'image' ? { type: 'image', image: toImage(block.draft, tally) } : block,
  )
  const leadImage: ImageData | undefined = claimed.lead ? toImage(claimed.lead, tally) : undefined

  const slug = chooseSlug(headline, options, notes)
  const published = toContentDate(meta.published)
  const modified = toContentDate(meta.modified)
  const standfirst = standfirstOf(meta.standfirst, body)
  const updatedAt = updateStamp(published?.value, modified?.value)
  const article = {
    slug,
    headline,
    ...(standfirst === undefined ? {} : { standfirst }),
    section: sectionOrDefault(meta.section, notes),
    ...(published ? { publishedAt: published.value } : {}),
    ...(updatedAt === undefined ? {} : { updatedAt }),
    ...(meta.language === undefined ? {} : { language: meta.language }),
    byline: bylineOrDefault(authors, meta.siteName, notes),
    ...(leadImage ? { leadImage } : {}),
    body,
  }
  if (headline !== '' && meta.headline === undefined && meta.firstHeading === undefined)
    notes.push('no headline in the metadata or an <h1>: used the page title')
  dateNotes(published, notes)
  notes.push(...tallyNotes(tally), ...droppedNotes(context, meta))
  return { article, notes }
}

import { Readability } from '@mozilla/readability'
import { isUpdateAfterPublish } from '../../src/content/format'
import { parseByline } from './byline'
import { toContentDate } from './dates'
import { bylineOrDefault, chooseSlug, dateNotes, sectionOrDefault } from './defaults'
import { DropReport } from './drop-report'
import type { BodyContext, DraftBlock } from './html-body'
import { bodyBlocks, emptyBookkeeping, reportUnseenSlots } from './html-body'
import {
  captionsNear,
  figureLooseCaptions,
  photoFrom,
  photosOnPage,
  visibleImages,
} from './html-photos'
import { normaliseAmp } from './html-amp'
import { iconsToText } from './html-icons'
import { chooseTopics } from './html-topics'
import { dropScriptedPlayers } from './html-players'
import { takeSubtitle } from './html-subtitle'
import { photoBeforeStory, takeArticleHeader } from './html-header'
import { isElement, parseDocument } from './html-dom'
import { chooseHeadline, standfirstOf, typedRulesAsBreaks, withoutPageLines } from './html-fields'
import type { PageMetadata } from './html-metadata'
import { readMetadata } from './html-metadata'
import { protectSpecials } from './html-protect'
import { claimLeadImage, leadDraft, photoKey } from './lead-image'
import { measureMainText } from './main-text'
import type { PhotoTally } from './photo'
import { emptyTally, tallyNotes, toImage } from './photo'
import { count, isAllCaps, looseKey, plainText, titleCaseWord } from './text'
import type { Author, BlockData, ImageData, ImportOptions, ImportResult, InlineData } from './types'
import { languageAndDirection } from './script-of-text'

function readableContent(document: Document) {
  const parsed = new Readability<Node>(document, {
    serializer: (node) => node,
    keepClasses: true,
  }).parse()
  const content = parsed?.content
  if (content && isElement(content))
    return {
      root: content,
      title: parsed.title ?? undefined,
      byline: parsed.byline ?? undefined,
      dir: parsed.dir ?? undefined,
    }
  return undefined
}

/** An update stamp equal to the publication adds nothing; one before it is a CMS error the format refuses. */
function updateStamp(published?: string, modified?: string): string | undefined {
  if (modified === undefined || modified === published) return undefined
  return isUpdateAfterPublish(published, modified) ? modified : undefined
}

/** The page's own direction: on <html>, <body> or the article element, as the page set it. */
function pageDirection(
  document: Document,
  readabilityDir: string | undefined,
): 'ltr' | 'rtl' | undefined {
  const candidates = [
    document.documentElement.getAttribute('dir'),
    document.body.getAttribute('dir'),
    document.querySelector('article[dir], main[dir], [role="main"][dir]')?.getAttribute('dir'),
    readabilityDir,
  ]
  for (const value of candidates) {
    const dir = value?.trim().toLowerCase()
    if (dir === 'rtl' || dir === 'ltr') return dir
  }
  return undefined
}

/**
 * The lead photo's caption, printed beside its copy on the page, is the lead image's caption now: left in the
 * page, a photo Readability drops would leave its caption behind as a stray paragraph.
 */
function removeLeadCaptions(document: Document, src: string): void {
  const key = photoKey(src)
  for (const image of visibleImages(document.body)) {
    const source = photoFrom(image, null, { tally: emptyTally(), imageSizes: new Map() })?.src
    if (source === undefined || photoKey(source) !== key) continue
    // The lead has taken its caption already: the figure is printed once, at the top. Left in the page, a
    // figure Readability takes apart would leave its caption behind as the story's first paragraph.
    const figure = image.closest('figure')
    if (figure) {
      if (visibleImages(figure).length === 1) figure.remove()
      continue
    }
    for (const caption of captionsNear(image, document.body))
      if (caption.localName !== 'figcaption') caption.remove()
  }
}

/** The words of a block, enough to tell which script the article is in. */
function blockText(block: BlockData): string {
  const inline = (text: InlineData) =>
    typeof text === 'string' ? text : text.map((run) => run.text).join('')
  if (block.type === 'heading') return block.text
  return 'text' in block &&
    typeof block.text !== 'undefined' &&
    block.type !== 'code' &&
    block.type !== 'formula'
    ? inline(block.text)
    : ''
}

/** "MARY CLARE JALONICK" (wire bylines set in capitals by the CMS) → "Mary Clare Jalonick". */
function withNameCase(author: Author): Author {
  const words = author.name.split(' ')
  return words.length > 1 && words.every((word) => isAllCaps(word) && word.length > 1)
    ? { ...author, name: words.map(titleCaseWord).join(' ') }
    : author
}

/** Draft photos become images, each counted once in the tally. */
export function finishBlocks(blocks: readonly DraftBlock[], tally: PhotoTally): BlockData[] {
  return blocks.map((block): BlockData => {
    if (block.type === 'image') return { type: 'image', image: toImage(block.draft, tally) }
    if (block.type === 'gallery')
      return {
        type: 'gallery',
        ...(block.title === undefined ? {} : { title: block.title }),
        images: block.drafts.map((draft) => toImage(draft, tally)),
      }
    return block
  })
}

function otherNotes(
  context: BodyContext,
  meta: PageMetadata,
  keptByWeight: readonly string[],
): string[] {
  const notes: string[] = []
  if (keptByWeight.length > 0)
    notes.push(
      `kept ${count(keptByWeight.length, 'container')} named like page furniture (${[...new Set(keptByWeight)].slice(0, 6).join(', ')}) because they hold the story's text`,
    )
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
  const dropped = new DropReport()
  normaliseAmp(document, dropped)
  iconsToText(document)
  dropScriptedPlayers(document, dropped, measureMainText(document.body))
  const meta = readMetadata(document)
  takeSubtitle(document, meta.standfirst)
  const tally = emptyTally()
  const onPage = photosOnPage(document, {
    pageUrl: meta.pageUrl,
    tally,
    imageSizes: meta.imageSizes,
  })
  const earlyDir = pageDirection(document, undefined)
  const photoContext = { pageUrl: meta.pageUrl, tally, imageSizes: meta.imageSizes }
  const header = takeArticleHeader(document, photoContext)
  const shownLead = meta.image
    ? undefined
    : (header.lead ?? photoBeforeStory(document, photoContext, meta.standfirst))
  const named = leadDraft(meta, onPage, tally)
  // The header's photo is the lead the metadata names, often at another size: it knows the caption.
  const metaLead =
    named && header.lead
      ? {
          ...named,
          alt: named.alt ?? header.lead.alt,
          caption: named.caption ?? header.lead.caption,
          credit: named.credit ?? header.lead.credit,
        }
      : named
  if (metaLead) removeLeadCaptions(document, metaLead.src)
  figureLooseCaptions(document)
  const { slots, keptByWeight } = protectSpecials(document)
  // Readability mutates the page, so the fallback (no article found) walks a fresh copy, text only.
  const fallback = () => {
    const copy = parseDocument(html)
    normaliseAmp(copy, new DropReport())
    iconsToText(copy)
    dropScriptedPlayers(copy, new DropReport(), measureMainText(copy.body))
    figureLooseCaptions(copy)
    return {
      root: copy.body,
      title: undefined,
      byline: undefined,
      dir: undefined,
      fresh: protectSpecials(copy),
    }
  }
  const found = readableContent(document)
  const readable = found ? { ...found, fresh: undefined } : fallback()
  const context: BodyContext = {
    pageUrl: meta.pageUrl,
    markupInText: { count: 0 },
    tally,
    imageSizes: meta.imageSizes,
    dropped,
    slots: readable.fresh?.slots ?? slots,
    ...emptyBookkeeping(),
    page: measureMainText(readable.root),
  }

  const headline = chooseHeadline(meta, readable.title)
  const authors = (
    meta.authors.length > 0
      ? meta.authors
      : parseByline(plainText(readable.byline?.split(/\s+\|\s+/)[0] ?? ''))
  ).map(withNameCase)
  const drafts = typedRulesAsBreaks(
    withoutPageLines(
      bodyBlocks(readable.root, context),
      headline,
      authors,
      meta.standfirst ?? header.standfirst,
    ),
  )
  const leadKey = (metaLead ?? shownLead)?.src
  reportUnseenSlots(context, (image) => {
    const src = photoFrom(image, null, {
      pageUrl: meta.pageUrl,
      tally: emptyTally(),
      imageSizes: new Map(),
    })?.src
    return leadKey !== undefined && src !== undefined && photoKey(src) === photoKey(leadKey)
  })
  const claimed = claimLeadImage(metaLead ?? shownLead, drafts)
  const body = finishBlocks(claimed.blocks, tally)
  const leadImage: ImageData | undefined = claimed.lead ? toImage(claimed.lead, tally) : undefined

  const slug = chooseSlug(headline, options, notes)
  const published = toContentDate(meta.published)
  const modified = toContentDate(meta.modified)
  const standfirst = standfirstOf(meta.standfirst ?? header.standfirst, body)
  const kicker =
    header.kicker !== undefined && looseKey(header.kicker) !== looseKey(meta.section ?? '')
      ? header.kicker
      : undefined
  const updatedAt = updateStamp(published?.value, modified?.value)
  const pageDir = earlyDir ?? pageDirection(document, readable.dir)
  // A page saved without dir or lang (or with a template's lang) is read by its words.
  const words = `${headline} ${body.map(blockText).join(' ')}`
  const byWords = languageAndDirection(words, meta.language)
  if (byWords.mismatch)
    notes.push(
      `left out the page's language tag "${meta.language ?? ''}": the text is in another script; add "language" by hand`,
    )
  const language = byWords.mismatch ? undefined : meta.language
  const dir = pageDir ?? (language === undefined ? byWords.dir : undefined)
  const section = sectionOrDefault(meta.section, notes)
  const topics = chooseTopics(meta.topics, { siteName: meta.siteName, section }, dropped)
  const article = {
    version: 2 as const,
    slug,
    headline,
    ...(kicker === undefined ? {} : { kicker }),
    ...(standfirst === undefined ? {} : { standfirst }),
    section,
    ...(published ? { publishedAt: published.value } : {}),
    ...(updatedAt === undefined ? {} : { updatedAt }),
    ...(language === undefined ? {} : { language }),
    ...(dir === undefined ? {} : { dir }),
    byline: bylineOrDefault(authors, meta.siteName, notes),
    ...(topics.length > 0 ? { topics } : {}),
    ...(leadImage ? { leadImage } : {}),
    body,
  }
  if (headline !== '' && meta.headline === undefined && meta.firstHeading === undefined)
    notes.push('no headline in the metadata or an <h1>: used the page title')
  dateNotes(published, notes)
  notes.push(
    ...tallyNotes(tally),
    ...dropped.notes(),
    ...otherNotes(context, meta, readable.fresh?.keptByWeight ?? keptByWeight),
  )
  return { article, notes }
}

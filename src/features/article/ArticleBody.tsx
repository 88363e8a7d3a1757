import { memo } from 'react'
import { Figure } from '../../components/Figure'
import type { BlockView } from '../../content/block-view'
import styles from './article.module.css'
import { BODY_IMAGE_SIZES } from './image-sizes'
import { InlineRelatedLink } from './InlineRelatedLink'
import { InlineRuns } from './InlineRuns'
import { photoOpenId } from './use-photo-viewer'
import { OnDemandBlock } from './blocks/OnDemandBlock'
import { PullQuote } from './blocks/PullQuote'

interface BodyProps {
  /** Position of each photo (block, or gallery photo) in the article's photo sequence, for the viewer. */
  photoIndex: ReadonlyMap<string, number>
  onOpenPhoto: (index: number) => void
  /** The article's language: dates in notes are set in it until the reader's own locale is known. */
  language: string
  /** Each sub-heading's id, by block key: the table of contents links to them. */
  headingIds: ReadonlyMap<string, string>
}

function Block({
  block,
  photoIndex,
  onOpenPhoto,
  language,
  headingIds,
}: { block: BlockView } & BodyProps) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p className={styles.paragraph}>
          <InlineRuns runs={block.runs} />
        </p>
      )
    case 'heading':
      return (
        <h2 className={styles.subheading} id={headingIds.get(block.key)}>
          {block.text}
        </h2>
      )
    case 'quote':
      return (
        <figure className={styles.quote} lang={block.language} dir={block.direction}>
          <blockquote className={styles.quoteText}>
            <p>
              <InlineRuns runs={block.runs} />
            </p>
          </blockquote>
          {block.attribution !== undefined ? (
            <figcaption className={styles.quoteAttribution}>{block.attribution}</figcaption>
          ) : null}
        </figure>
      )
    case 'image': {
      const index = photoIndex.get(block.key)
      return (
        <Figure
          image={block.image}
          sizes={BODY_IMAGE_SIZES}
          onOpen={
            index === undefined
              ? undefined
              : () => {
                  onOpenPhoto(index)
                }
          }
          openId={index === undefined ? undefined : photoOpenId(index)}
        />
      )
    }
    case 'related':
      return <InlineRelatedLink slug={block.slug} headline={block.headline} />
    case 'pullquote':
      return (
        <PullQuote
          runs={block.runs}
          attribution={block.attribution}
          language={block.language}
          direction={block.direction}
        />
      )
    case 'list':
    case 'table':
    case 'callout':
    case 'note':
    case 'gallery':
    case 'video':
    case 'audio':
    case 'embed':
    case 'code':
    case 'formula':
      return (
        <OnDemandBlock
          block={block}
          photoIndex={photoIndex}
          onOpenPhoto={onOpenPhoto}
          language={language}
        />
      )
    case 'break':
      return <hr className={styles.sectionBreak} />
    default: {
      const unhandled: never = block
      return unhandled
    }
  }
}

// Long bodies are set in runs of blocks that the browser may skip laying out while they are off screen
// (content-visibility), so a text-size change costs about the same for 100 paragraphs as for 10,000.
const CHUNKED_FROM = 60
const CHUNK_SIZE = 20

function chunks(blocks: BlockView[]): BlockView[][] {
  const result: BlockView[][] = []
  for (let start = 0; start < blocks.length; start += CHUNK_SIZE)
    result.push(blocks.slice(start, start + CHUNK_SIZE))
  return result
}

/**
 * The article's text. Memoised: opening, moving through or closing a photo changes the URL's #hash and
 * re-renders the page around it, and a 10,000-paragraph body must not be rendered again for that.
 */
export const ArticleBody = memo(function ArticleBody({
  blocks,
  ...photos
}: { blocks: BlockView[] } & BodyProps) {
  if (blocks.length < CHUNKED_FROM) {
    return (
      <div className={styles.body} data-article-body="">
        {blocks.map((block) => (
          <Block key={block.key} block={block} {...photos} />
        ))}
      </div>
    )
  }
  return (
    <div className={styles.body} data-article-body="">
      {chunks(blocks).map((chunk) => (
        <div key={chunk[0]?.key} className={styles.chunk}>
          {chunk.map((block) => (
            <Block key={block.key} block={block} {...photos} />
          ))}
        </div>
      ))}
    </div>
  )
})

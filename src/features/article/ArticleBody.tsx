import { Figure } from '../../components/Figure'
import type { BlockView } from '../../lib/content/view-model'
import styles from './article.module.css'
import { InlineRelatedLink } from './InlineRelatedLink'
import { InlineRuns } from './InlineRuns'

function Block({ block }: { block: BlockView }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p className={styles.paragraph}>
          <InlineRuns runs={block.runs} />
        </p>
      )
    case 'heading':
      return <h2 className={styles.subheading}>{block.text}</h2>
    case 'quote':
      return (
        <figure className={styles.quote}>
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
    case 'image':
      return <Figure image={block.image} sizes="(min-width: 48rem) 42rem, 100vw" />
    case 'related':
      return <InlineRelatedLink slug={block.slug} to={block.to} headline={block.headline} />
    default: {
      const unhandled: never = block
      return unhandled
    }
  }
}

export function ArticleBody({ blocks }: { blocks: BlockView[] }) {
  return (
    <div className={styles.body}>
      {blocks.map((block) => (
        <Block key={block.key} block={block} />
      ))}
    </div>
  )
}

import { Callout } from './Callout'
import { CodeBlock } from './CodeBlock'
import { EmbedBlock } from './EmbedBlock'
import { Formula } from './Formula'
import { Gallery } from './Gallery'
import { ListBlock } from './ListBlock'
import { MediaBlock } from './MediaBlock'
import { Note } from './Note'
import type { RichBlockProps } from './rich-block-code'
import { TableBlock } from './TableBlock'

// The on-demand chunk's one entry (see rich-block-code.ts): the body's switch, for the blocks it holds.

export function RichBlock({ block, photoIndex, onOpenPhoto, language }: RichBlockProps) {
  switch (block.type) {
    case 'list':
      return <ListBlock list={block} />
    case 'table':
      return <TableBlock table={block} />
    case 'callout':
      return <Callout title={block.title} content={block.content} />
    case 'note':
      return <Note kind={block.kind} date={block.date} runs={block.runs} locale={language} />
    case 'gallery':
      return (
        <Gallery
          blockKey={block.key}
          title={block.title}
          images={block.images}
          photoIndex={photoIndex}
          onOpenPhoto={onOpenPhoto}
        />
      )
    case 'video':
    case 'audio':
      return <MediaBlock media={block} />
    case 'embed':
      return <EmbedBlock embed={block} />
    case 'code':
      return <CodeBlock text={block.text} language={block.language} />
    case 'formula':
      return <Formula text={block.text} notation={block.notation} display={block.display} />
    default: {
      const unhandled: never = block
      return unhandled
    }
  }
}

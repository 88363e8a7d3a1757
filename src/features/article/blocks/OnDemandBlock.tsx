import { Suspense, use } from 'react'
import { ErrorBoundary } from '../../../components/ErrorBoundary'
import { t } from '../../../i18n/interface'
import { loadedRichBlocks, loadRichBlocks } from './rich-block-code'
import type { RichBlockProps } from './rich-block-code'
// The blocks' styles stay in the first view's stylesheet, which prerendered pages carry inline: their HTML is
// on screen, styled, before any script runs. Only the components' code waits (their class names come along).
import './callout.module.css'
import './code-block.module.css'
import './embed-block.module.css'
import './formula.module.css'
import './gallery.module.css'
import './list-block.module.css'
import './media-block.module.css'
import './note.module.css'
import './table-block.module.css'

function LoadedRichBlock(props: RichBlockProps) {
  // Loaded before hydration and with the article's data, so this normally renders at once; if not (the chunk
  // is slow), the block appears when it comes, and the rest of the article does not wait for it.
  const { RichBlock } = loadedRichBlocks() ?? use(loadRichBlocks())
  return <RichBlock {...props} />
}

/** A block whose component loads on demand (rich-block-code.ts). The same tree on the server and in the browser. */
export function OnDemandBlock(props: RichBlockProps) {
  return (
    <ErrorBoundary fallback={<p>{t('article.partUnavailable')}</p>}>
      <Suspense fallback={null}>
        <LoadedRichBlock {...props} />
      </Suspense>
    </ErrorBoundary>
  )
}

import { useRef } from 'react'
import { useInlineOverflow } from '../../../lib/use-inline-overflow'
import styles from './code-block.module.css'
import { t } from '../../../i18n/on-demand/blocks'

/**
 * Code or preformatted text, exactly as written: lines never wrap (indentation is meaning), so a long line
 * scrolls inside the block, which keyboard users can then focus and scroll. Always left to right.
 */
export function CodeBlock({ text, language }: { text: string; language?: string }) {
  const ref = useRef<HTMLPreElement>(null)
  const overflows = useInlineOverflow(ref)
  const label = language === undefined ? t('block.code') : t('block.codeIn', { language })
  return (
    <pre
      ref={ref}
      className={styles.code}
      dir="ltr"
      role="region"
      aria-label={label}
      // A scrolling region must take focus, or keyboard users can't scroll it (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={overflows ? 0 : undefined}
    >
      <code>{text}</code>
    </pre>
  )
}

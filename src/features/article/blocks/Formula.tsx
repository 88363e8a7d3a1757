import styles from './formula.module.css'
import { t } from '../../../i18n/on-demand/blocks'

interface FormulaProps {
  text: string
  notation: 'tex' | 'mathml' | 'text'
  display: boolean
}

/**
 * A formula kept as its text (TeX source or the words of its MathML) rather than dropped: shown in monospace
 * and named "Formula", so a screen reader says what the symbols that follow are. Always left to right.
 */
export function Formula({ text, notation, display }: FormulaProps) {
  return (
    <figure
      className={display ? styles.display : styles.formula}
      aria-label={t('block.formula')}
      data-notation={notation}
    >
      <code className={styles.text} dir="ltr">
        {text}
      </code>
    </figure>
  )
}

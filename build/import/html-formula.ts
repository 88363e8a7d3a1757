import { collapseSpace } from './text'
import type { BlockData } from './types'

type Formula = Extract<BlockData, { type: 'formula' }>

/** A formula's text: the TeX it was written in where the page kept it, else the MathML's own text. */
export function formulaText(element: Element): Omit<Formula, 'type'> | undefined {
  const display = undefined
  if (element.localName === 'script') {
    const text = element.textContent.trim()
    return text === '' ? undefined : { text, notation: 'tex', display }
  }
  const annotation = element.querySelector(
    'annotation[encoding="application/x-tex"], annotation[encoding="TeX"], annotation[encoding="application/x-latex"]',
  )
  const tex = annotation?.textContent.trim() || (element.getAttribute('data-tex') ?? '')
  if (tex !== '') return { text: tex, notation: 'tex', display }
  const math = element.localName === 'math' ? element : element.querySelector('math')
  const source = math ?? element
  const alt = source.getAttribute('alttext')?.trim() ?? ''
  if (alt !== '') return { text: alt, notation: 'tex', display }
  const text = collapseSpace(source.textContent)
  return text === '' ? undefined : { text, notation: math ? 'mathml' : 'text', display }
}

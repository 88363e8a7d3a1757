// The spoken sentence and word, painted with the CSS Custom Highlight API: no markup is touched, so the
// article's DOM (and React's hold on it) stays exactly as rendered. Without the API, the block being read
// is marked with an attribute instead, sentence-level at best.

const SENTENCE = 'listen-sentence'
const WORD = 'listen-word'
const FALLBACK_ATTRIBUTE = 'data-listen-speaking'

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'
}

function clearFallback(): void {
  for (const element of document.querySelectorAll(`[${FALLBACK_ATTRIBUTE}]`))
    element.removeAttribute(FALLBACK_ATTRIBUTE)
}

export function highlightSpoken(
  element: Element,
  sentence: Range | undefined,
  word: Range | undefined,
): void {
  if (!highlightsSupported()) {
    if (!element.hasAttribute(FALLBACK_ATTRIBUTE)) {
      clearFallback()
      element.setAttribute(FALLBACK_ATTRIBUTE, '')
    }
    return
  }
  if (sentence) CSS.highlights.set(SENTENCE, new Highlight(sentence))
  else CSS.highlights.delete(SENTENCE)
  if (word) CSS.highlights.set(WORD, new Highlight(word))
  else CSS.highlights.delete(WORD)
}

export function clearSpoken(): void {
  if (highlightsSupported()) {
    CSS.highlights.delete(SENTENCE)
    CSS.highlights.delete(WORD)
  }
  clearFallback()
}

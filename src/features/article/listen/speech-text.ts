// What Listen reads and where it is on the page: the article's text split into sentences, each one a DOM
// Range, so the sentence (and the word) being spoken can be highlighted without rewriting any markup.

export interface Sentence {
  /** Index of the block (headline, standfirst, paragraph…) it belongs to: previous/next paragraph. */
  block: number
  text: string
  element: Element
  /** Offsets into the element's text. */
  start: number
  end: number
}

/** The headline, standfirst and body in reading order; photo captions only if the reader wants them. */
export function readableBlocks(article: Element, captions: boolean): Element[] {
  const blocks = [...article.querySelectorAll('h1, [data-listen="standfirst"]')]
  const body = article.querySelector('[data-article-body]')
  if (body) {
    for (const element of body.querySelectorAll('p, h2, figcaption')) {
      const isPhotoCaption =
        element.tagName === 'FIGCAPTION' && element.closest('figure')?.querySelector('img')
      if (element.closest('figcaption') && element.tagName !== 'FIGCAPTION') continue
      if (isPhotoCaption && !captions) continue
      blocks.push(element)
    }
  }
  return blocks.filter((element) => element.textContent.trim() !== '')
}

function sentenceSpans(text: string, language: string): [number, number][] {
  if (typeof Intl.Segmenter === 'function') {
    const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' })
    return [...segmenter.segment(text)].map((part) => [
      part.index,
      part.index + part.segment.length,
    ])
  }
  // Older browsers: split after sentence punctuation (Latin, Arabic, CJK) followed by space.
  const spans: [number, number][] = []
  const pattern = /[^.!?؟。！？]+[.!?؟。！？]*\s*/gu
  for (let match = pattern.exec(text); match; match = pattern.exec(text))
    spans.push([match.index, match.index + match[0].length])
  return spans
}

export function sentencesOf(blocks: Element[], language: string): Sentence[] {
  return blocks.flatMap((element, block) => {
    const text = element.textContent
    return sentenceSpans(text, language)
      .map(([start, end]) => ({ block, element, start, end, text: text.slice(start, end) }))
      .filter((sentence) => sentence.text.trim() !== '')
  })
}

/** A Range over characters [start, end) of the element's text, across its inline elements. */
export function rangeOf(element: Element, start: number, end: number): Range | undefined {
  const range = document.createRange()
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  let offset = 0
  let started = false
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0
    if (!started && start <= offset + length) {
      range.setStart(node, Math.max(0, start - offset))
      started = true
    }
    if (started && end <= offset + length) {
      range.setEnd(node, Math.max(0, end - offset))
      return range
    }
    offset += length
  }
  return started ? range : undefined
}

/** The word starting at `index` in `text`, for voices that report where a word starts but not its length. */
export function wordLengthAt(text: string, index: number): number {
  const match = /^[\p{L}\p{M}\p{N}'’-]+/u.exec(text.slice(index))
  return match ? match[0].length : 1
}

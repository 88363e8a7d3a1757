import { textOf } from './html-dom'
import { looseKey } from './text'

// Many templates print the standfirst under the headline outside the <header> the importer reads: Arc's
// "b-subheadline", Al Jazeera's "article__subhead", Le Monde's "article__desc", the Washington Post's
// data-qa="subheadline". Readability then takes it for the story's opening paragraph, and the standfirst
// (the page's description, saying the same) is dropped as a repeat of it. A subtitle that says exactly what
// the description says is the standfirst: it leaves the page before Readability runs.
const SUBTITLE =
  '[class*="subhead" i], [class*="standfirst" i], [class*="dek" i], [class*="article__desc" i], [class*="subtitle" i], [data-qa="subheadline"], [itemprop="description"]'

export function takeSubtitle(document: Document, description: string | undefined): void {
  if (description === undefined) return
  const key = looseKey(description)
  if (key === '') return
  for (const element of [...document.body.querySelectorAll(SUBTITLE)]) {
    if (element.isConnected && looseKey(textOf(element)) === key) element.remove()
  }
}

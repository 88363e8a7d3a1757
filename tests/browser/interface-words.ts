import type { Locator, Page } from '@playwright/test'
import { wholeCatalogue } from '../../src/i18n/messages/whole-catalogue'
import type { Message } from '../../src/i18n/translate'

// What "no English interface words" means on a page built in another language: none of the English
// catalogue's phrases is shown, named or announced there. The phrases are the English messages' own words
// (around their {placeholders}); the article's text, the publisher's names and the proper names the other
// catalogue keeps as they are ("JSON Schema", "Atkinson Hyperlegible") are not interface words.

function texts(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message)
}

const TRIM = /^[\s\p{P}\p{S}\d]+|[\s\p{P}\p{S}\d]+$/gu

// Every part's words, the first view's and those that load on demand.
const en = wholeCatalogue('en')
const kept = new Set(Object.values(wholeCatalogue('ar')).flatMap(texts))
const keptText = [...kept].join('\n')

/** English phrases of the catalogue, longest first; a one-word phrase counts only as a whole text. */
export const ENGLISH_PHRASES: readonly string[] = [
  ...new Set(
    Object.values(en)
      .flatMap(texts)
      .flatMap((text) => text.split(/\{\w+\}/))
      .map((fragment) => fragment.replace(TRIM, ''))
      .filter((fragment) => /[A-Za-z]{2,}/.test(fragment) && !keptText.includes(fragment)),
  ),
].sort((a, b) => b.length - a.length)

/** Every piece of text a reader sees or a screen reader says in `scope`: text nodes and accessible names. */
function shownTexts(scope: Locator): Promise<string[]> {
  return scope.evaluate((root) => {
    const found: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (parent?.closest('script, style, noscript, template')) continue
      const text = node.textContent?.trim()
      if (text) found.push(text)
    }
    const named = [root, ...root.querySelectorAll('*')]
    for (const element of named) {
      for (const attribute of [
        'aria-label',
        'title',
        'alt',
        'placeholder',
        'aria-roledescription',
      ]) {
        const value = element.getAttribute(attribute)?.trim()
        if (value) found.push(value)
      }
    }
    return found
  })
}

/** The English interface phrases found in `scope` (the whole page by default), with where they were. */
export async function englishInterfaceWords(page: Page, scope?: Locator): Promise<string[]> {
  const shown = [...(await shownTexts(scope ?? page.locator('html'))), await page.title()]
  return shown.flatMap((text) => {
    const bare = text.replace(TRIM, '')
    const phrase = ENGLISH_PHRASES.find((candidate) =>
      candidate.includes(' ') ? text.includes(candidate) : bare === candidate,
    )
    return phrase === undefined ? [] : [`“${phrase}” in “${text.slice(0, 80)}”`]
  })
}

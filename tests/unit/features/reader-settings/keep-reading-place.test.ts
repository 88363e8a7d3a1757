// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest'
import { keepReadingPlace } from '../../../../src/features/reader-settings/keep-reading-place'

// jsdom has no layout, so the page is modelled: a toolbar over the top 60 px, then the paragraph the reader
// is on. The browser test (tests/browser/reader-settings.spec.ts) checks the same on real layout.

const TOOLBAR_HEIGHT = 60

function page() {
  const toolbar = document.createElement('div')
  const main = document.createElement('main')
  const paragraph = document.createElement('p')
  const words = document.createElement('span')
  paragraph.append(words)
  main.append(paragraph)
  document.body.append(toolbar, main)
  let paragraphTop = 100
  vi.spyOn(paragraph, 'getBoundingClientRect').mockImplementation(
    () => ({ top: paragraphTop }) as DOMRect,
  )
  document.documentElement.style.scrollPaddingBlockStart = `${TOOLBAR_HEIGHT}px`
  const probes: number[] = []
  const columns: number[] = []
  document.elementFromPoint = (x: number, y: number) => {
    probes.push(y)
    columns.push(x)
    return y < TOOLBAR_HEIGHT ? toolbar : y < 300 ? words : null
  }
  const scrollBy = vi.fn()
  window.scrollBy = scrollBy as typeof window.scrollBy
  Object.defineProperty(window, 'scrollY', { value: 800, configurable: true })
  return {
    probes,
    columns,
    scrollBy,
    grow: (by: number) => () => {
      paragraphTop += by
    },
  }
}

afterEach(() => {
  document.body.replaceChildren()
  document.documentElement.removeAttribute('style')
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true })
})

describe('keeping the reader’s place when the text changes size', () => {
  test('the paragraph at the top of the screen, below the toolbar, is scrolled back to where it was', () => {
    const { scrollBy, grow, probes } = page()
    keepReadingPlace(grow(250))
    expect(scrollBy).toHaveBeenCalledExactlyOnceWith({ top: 250, behavior: 'instant' })
    // The first look is just below the toolbar, not under it.
    expect(probes[0]).toBeGreaterThan(TOOLBAR_HEIGHT)
    expect(probes[0]).toBeLessThan(TOOLBAR_HEIGHT + 24)
  })

  test('the reader’s line is looked for down the middle of the screen, never below its bottom', () => {
    const { columns, probes } = page()
    // A 40 px toolbar puts a probe step exactly on the bottom edge of jsdom's 768 px window.
    document.documentElement.style.scrollPaddingBlockStart = '40px'
    document.elementFromPoint = (x: number, y: number) => {
      probes.push(y)
      columns.push(x)
      return null
    }
    keepReadingPlace(() => undefined)
    expect(new Set(columns)).toEqual(new Set([window.innerWidth / 2]))
    expect(probes.length).toBeGreaterThan(1)
    expect(Math.max(...probes)).toBeLessThan(window.innerHeight)
  })

  test('text that shrinks scrolls back up by as much', () => {
    const { scrollBy, grow } = page()
    keepReadingPlace(grow(-40))
    expect(scrollBy).toHaveBeenCalledExactlyOnceWith({ top: -40, behavior: 'instant' })
  })

  test('at the top of the page, nothing is scrolled', () => {
    const { scrollBy, grow } = page()
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true })
    let updated = false
    keepReadingPlace(() => {
      grow(250)()
      updated = true
    })
    expect(updated).toBe(true)
    expect(scrollBy).not.toHaveBeenCalled()
  })

  test('with nothing of the article on screen, the change is made and nothing is scrolled', () => {
    const { scrollBy } = page()
    document.elementFromPoint = () => null
    let updated = false
    keepReadingPlace(() => {
      updated = true
    })
    expect(updated).toBe(true)
    expect(scrollBy).not.toHaveBeenCalled()
  })

  test('only blocks inside the page’s main content count', () => {
    const { scrollBy } = page()
    const aside = document.createElement('p')
    document.body.append(aside)
    document.elementFromPoint = () => aside
    keepReadingPlace(() => undefined)
    expect(scrollBy).not.toHaveBeenCalled()
  })
})

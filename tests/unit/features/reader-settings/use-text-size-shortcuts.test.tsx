// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { STORAGE_KEY } from '../../../../src/features/reader-settings/settings'
import { useReaderSettings } from '../../../../src/features/reader-settings/settings-store'
import { useTextSizeShortcuts } from '../../../../src/features/reader-settings/use-text-size-shortcuts'

// The single-key text-size shortcuts: bare + = - 0 anywhere on the page, but never Ctrl/Cmd/Alt combinations
// (the browser's own zoom), never while the reader types, and not at all once turned off.

function renderShortcuts() {
  return renderHook(() => {
    useTextSizeShortcuts()
    return useReaderSettings().textSize
  })
}

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })
  act(() => {
    target.dispatchEvent(event)
  })
  return event
}

describe('text-size shortcuts', () => {
  test('+ and = make the text larger, - smaller, 0 resets it; each key is taken from the page', () => {
    const { result } = renderShortcuts()
    expect(press('+').defaultPrevented).toBe(true)
    expect(result.current).toBe(110)
    press('=')
    expect(result.current).toBe(120)
    press('-')
    expect(result.current).toBe(110)
    press('0')
    expect(result.current).toBe(100)
  })

  test('other keys are left to the page', () => {
    const { result } = renderShortcuts()
    expect(press('a').defaultPrevented).toBe(false)
    expect(result.current).toBe(100)
  })

  test.each([
    ['Ctrl', { ctrlKey: true }],
    ['Cmd', { metaKey: true }],
    ['Alt', { altKey: true }],
  ])('%s with + is the browser’s, not ours', (_modifier, init) => {
    const { result } = renderShortcuts()
    expect(press('+', init).defaultPrevented).toBe(false)
    expect(result.current).toBe(100)
  })

  test('a key something else already handled is left alone', () => {
    const { result } = renderShortcuts()
    const event = new KeyboardEvent('keydown', { key: '+', bubbles: true, cancelable: true })
    event.preventDefault()
    act(() => {
      document.body.dispatchEvent(event)
    })
    expect(result.current).toBe(100)
  })

  test.each([
    ['a text field', () => document.createElement('input')],
    ['a text area', () => document.createElement('textarea')],
    ['a select', () => document.createElement('select')],
    [
      'an editable region',
      () => {
        const region = document.createElement('div')
        region.setAttribute('contenteditable', 'true')
        return region
      },
    ],
    [
      'a span inside an editable region',
      () => {
        const region = document.createElement('div')
        region.setAttribute('contenteditable', '')
        const span = document.createElement('span')
        region.append(span)
        return span
      },
    ],
  ])('typing in %s never changes the size', (_field, make) => {
    const { result } = renderShortcuts()
    const field = make()
    document.body.append(field.closest('div') ?? field)
    expect(press('-', {}, field).defaultPrevented).toBe(false)
    expect(result.current).toBe(100)
    ;(field.closest('div') ?? field).remove()
  })

  test('a key aimed at something that is not an HTML element (an SVG icon, the document) still works', () => {
    const { result } = renderShortcuts()
    const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
    document.body.append(icon)
    expect(press('+', {}, icon).defaultPrevented).toBe(true)
    expect(result.current).toBe(110)
    icon.remove()
    // And one aimed at the document itself, which is no element at all.
    expect(press('+', {}, document).defaultPrevented).toBe(true)
    expect(result.current).toBe(120)
  })

  test('turned off in the settings, no key changes the size', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ shortcuts: 'off' }))
    const { result } = renderShortcuts()
    expect(press('+').defaultPrevented).toBe(false)
    expect(result.current).toBe(100)
  })

  test('a page that no longer uses them stops answering the keys', () => {
    const { unmount } = renderShortcuts()
    unmount()
    expect(press('+').defaultPrevented).toBe(false)
  })
})

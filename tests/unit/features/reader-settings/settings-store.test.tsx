// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import { STORAGE_KEY } from '../../../../src/features/reader-settings/settings'
import {
  resetSettings,
  updateSettings,
  useReaderSettings,
  useSettingsAnnouncement,
} from '../../../../src/features/reader-settings/settings-store'
import { useTextSize } from '../../../../src/features/reader-settings/use-text-size'

// The settings store as the page uses it: what a reader chose is applied to <html> (where the stylesheet
// reads it), remembered, and said aloud; what another tab chose is followed silently.

const html = () => document.documentElement
const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown

function renderSettings() {
  return renderHook(() => ({
    settings: useReaderSettings(),
    announcement: useSettingsAnnouncement(),
    textSize: useTextSize(),
  }))
}

describe('the settings store', () => {
  test('starts from what storage holds and applies it to the page', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ textSize: 150, theme: 'dark' }))
    const { result } = renderSettings()
    // Nothing has been said yet: a page that just loaded announces nothing.
    expect(result.current.announcement.text).toBe('')
    expect(result.current.settings).toMatchObject({ textSize: 150, theme: 'dark' })
    expect(html()).toHaveAttribute('data-text-size', '150')
    expect(html()).toHaveAttribute('data-theme', 'dark')
  })

  test('a reader’s change is applied, remembered and announced', () => {
    const { result } = renderSettings()
    act(() => {
      updateSettings({ lineSpacing: 'loose' }, 'Line spacing loose')
    })
    expect(result.current.settings.lineSpacing).toBe('loose')
    expect(html()).toHaveAttribute('data-line-spacing', 'loose')
    expect(stored()).toMatchObject({ lineSpacing: 'loose', textSize: 100 })
    expect(result.current.announcement.text).toBe('Line spacing loose')
  })

  test('Reset puts every default back, remembers it and says so', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ textSize: 200, font: 'sans' }))
    const { result } = renderSettings()
    act(() => {
      resetSettings()
    })
    expect(result.current.settings).toMatchObject({ textSize: 100, font: 'serif' })
    expect(stored()).toMatchObject({ textSize: 100, font: 'serif' })
    expect(result.current.announcement.text).toBe('Reading settings reset to their defaults')
  })

  test('a change still holds for the page when storage is full', () => {
    const { result } = renderSettings()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError')
    })
    act(() => {
      updateSettings({ theme: 'sepia' }, 'Theme sepia')
    })
    expect(result.current.settings.theme).toBe('sepia')
    expect(html()).toHaveAttribute('data-theme', 'sepia')
  })

  test('a change made in another tab is followed, without being announced or written back', () => {
    const { result } = renderSettings()
    const before = result.current.announcement
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ textSize: 175 }))
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    })
    expect(result.current.settings.textSize).toBe(175)
    expect(html()).toHaveAttribute('data-text-size', '175')
    expect(result.current.announcement).toBe(before)
    expect(setItem).not.toHaveBeenCalled()
  })

  test('another tab clearing storage brings the defaults back; its other keys change nothing', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ textSize: 120 }))
    const { result } = renderSettings()
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ textSize: 250 }))
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'someone-else' }))
    })
    expect(result.current.settings.textSize).toBe(120)
    localStorage.clear()
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: null }))
    })
    expect(result.current.settings.textSize).toBe(100)
  })

  test('while one part of the page still shows the settings, other tabs are still followed', () => {
    const toolbar = renderSettings()
    const panel = renderSettings()
    panel.unmount()
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ textSize: 150 }))
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    })
    expect(toolbar.result.current.settings.textSize).toBe(150)
    expect(html()).toHaveAttribute('data-text-size', '150')
  })

  test('saying the same thing twice is announced twice', () => {
    const { result } = renderSettings()
    act(() => {
      updateSettings({ theme: 'dark' }, 'Theme dark')
    })
    const first = result.current.announcement
    act(() => {
      updateSettings({ theme: 'dark' }, 'Theme dark')
    })
    expect(result.current.announcement.text).toBe('Theme dark')
    expect(result.current.announcement.id).not.toBe(first.id)
  })

  test('once the page stops listening, other tabs are no longer followed', () => {
    const { result, unmount } = renderSettings()
    const seen = result.current.settings
    unmount()
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ textSize: 90 }))
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    expect(html()).not.toHaveAttribute('data-text-size', '90')
    expect(seen.textSize).toBe(100)
  })
})

describe('the text size', () => {
  test('steps up and down, says each new size, and resets to 100%', () => {
    const { result } = renderSettings()
    expect(result.current.textSize).toMatchObject({ textSize: 100, isDefault: true })
    act(() => {
      result.current.textSize.increase()
    })
    expect(result.current.textSize).toMatchObject({ textSize: 110, isDefault: false })
    expect(result.current.announcement.text).toBe('Text size 110%')
    expect(stored()).toMatchObject({ textSize: 110 })
    act(() => {
      result.current.textSize.decrease()
    })
    act(() => {
      result.current.textSize.decrease()
    })
    expect(result.current.textSize.textSize).toBe(90)
    expect(result.current.announcement.text).toBe('Text size 90%')
    act(() => {
      result.current.textSize.reset()
    })
    expect(result.current.textSize).toMatchObject({ textSize: 100, isDefault: true })
    expect(result.current.announcement.text).toBe('Text size 100%')
  })

  test.each([
    [80, { canDecrease: false, canIncrease: true }],
    [90, { canDecrease: true, canIncrease: true }],
    [250, { canDecrease: true, canIncrease: true }],
    [300, { canDecrease: true, canIncrease: false }],
  ])('at %d%, the ends of the range are where the reader can’t go', (size, ends) => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ textSize: size }))
    const { result } = renderSettings()
    expect(result.current.textSize).toMatchObject(ends)
  })
})

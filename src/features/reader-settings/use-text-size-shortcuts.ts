import { useEffect } from 'react'
import { useReaderSettings } from './settings-store'
import { useTextSize } from './use-text-size'

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !==
      null
  )
}

/**
 * `+`/`=` larger, `-` smaller, `0` reset: only bare keys, so Ctrl/Cmd zoom stays the browser's, and never
 * while the reader is typing in a field; and none at all once the reader turns them off in the settings.
 */
export function useTextSizeShortcuts(): void {
  const { increase, decrease, reset } = useTextSize()
  const { shortcuts } = useReaderSettings()
  useEffect(() => {
    if (shortcuts === 'off') return
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isTyping(event.target)
      )
        return
      const actions: Partial<Record<string, () => void>> = {
        '+': increase,
        '=': increase,
        '-': decrease,
        '0': reset,
      }
      const action = actions[event.key]
      if (!action) return
      event.preventDefault()
      action()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [increase, decrease, reset, shortcuts])
}

import { useCallback } from 'react'
import { DEFAULT_SETTINGS } from './settings'
import type { TextSize } from './settings'
import { updateSettings, useReaderSettings } from './settings-store'
import {
  LARGEST_TEXT_SIZE,
  largerTextSize,
  SMALLEST_TEXT_SIZE,
  smallerTextSize,
  textSizeLabel,
} from './text-size'

export function useTextSize() {
  const { textSize } = useReaderSettings()
  const setTextSize = useCallback((size: TextSize) => {
    updateSettings({ textSize: size }, textSizeLabel(size))
  }, [])
  return {
    textSize,
    canDecrease: textSize > SMALLEST_TEXT_SIZE,
    canIncrease: textSize < LARGEST_TEXT_SIZE,
    isDefault: textSize === DEFAULT_SETTINGS.textSize,
    increase: useCallback(() => {
      setTextSize(largerTextSize(textSize))
    }, [setTextSize, textSize]),
    decrease: useCallback(() => {
      setTextSize(smallerTextSize(textSize))
    }, [setTextSize, textSize]),
    reset: useCallback(() => {
      setTextSize(DEFAULT_SETTINGS.textSize)
    }, [setTextSize]),
  }
}

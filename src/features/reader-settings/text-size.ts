import { DEFAULT_SETTINGS, TEXT_SIZES } from './settings'
import type { TextSize } from './settings'
import { formatPercent, t } from '../../i18n/interface'

export function textSizeLabel(size: TextSize): string {
  return t('settings.textSize', { percent: formatPercent(size) })
}

export function largerTextSize(size: TextSize): TextSize {
  // Stryker disable next-line ArithmeticOperator: one past the end is undefined, and `?? size` keeps the largest size, as the clamp does
  return TEXT_SIZES[Math.min(TEXT_SIZES.indexOf(size) + 1, TEXT_SIZES.length - 1)] ?? size
}

export function smallerTextSize(size: TextSize): TextSize {
  return TEXT_SIZES[Math.max(TEXT_SIZES.indexOf(size) - 1, 0)] ?? size
}

export const SMALLEST_TEXT_SIZE = TEXT_SIZES[0]
export const LARGEST_TEXT_SIZE = TEXT_SIZES[TEXT_SIZES.length - 1] ?? DEFAULT_SETTINGS.textSize

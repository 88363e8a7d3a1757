import { YourPlaceOffer } from './YourPlaceOffer'
import { formatPercent } from '../../i18n/interface'

// Two digits, as most places have: the percentage is set in tabular figures, so any two-digit one is as wide.
const TYPICAL_PERCENT = 88

/**
 * Rendered in the prerendered article and until the offer's code loads. Hidden unless the boot script found
 * an unfinished place in this article (`data-your-place` on <html>), and then as tall as the offer will be.
 */
export function YourPlaceReserve() {
  return <YourPlaceOffer percent={formatPercent(TYPICAL_PERCENT)} reserve />
}

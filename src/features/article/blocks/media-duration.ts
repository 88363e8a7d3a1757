import { formatNumber } from '../../../i18n/part-translator'

/** "1:05:09" or "2:30", as players print it, and the ISO 8601 duration for <time dateTime>. */
export function formatDuration(totalSeconds: number): { text: string; iso: string } {
  const whole = Math.max(1, Math.round(totalSeconds))
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  const seconds = whole % 60
  // In the publication's digits, as the rest of the interface's numbers are.
  const one = (value: number) => formatNumber(value, { useGrouping: false })
  const two = (value: number) =>
    formatNumber(value, { minimumIntegerDigits: 2, useGrouping: false })
  return {
    text:
      hours > 0
        ? `${one(hours)}:${two(minutes)}:${two(seconds)}`
        : `${one(minutes)}:${two(seconds)}`,
    iso: `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${seconds > 0 ? `${seconds}S` : ''}`,
  }
}

/** "1:05:09" or "2:30", as players print it, and the ISO 8601 duration for <time dateTime>. */
export function formatDuration(totalSeconds: number): { text: string; iso: string } {
  const whole = Math.max(1, Math.round(totalSeconds))
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  const seconds = whole % 60
  const two = (value: number) => String(value).padStart(2, '0')
  return {
    text: hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`,
    iso: `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${seconds > 0 ? `${seconds}S` : ''}`,
  }
}

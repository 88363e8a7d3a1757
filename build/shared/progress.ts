// One line of progress for long build steps. On a terminal it redraws in place; in CI logs, where `\r` turns
// into a wall of half-lines, it prints a full line at each tenth of the way instead.

export interface ProgressLine {
  label: string
  done: number
  total: number
  elapsedMs: number
  barWidth?: number
}

export interface ProgressStream {
  isTTY?: boolean
  /** Terminal width; a line wider than this wraps, and `\r` would then redraw only its last row. */
  columns?: number
  write(text: string): boolean
}

export interface ProgressOptions {
  stream?: ProgressStream
  now?: () => number
  barWidth?: number
}

export interface Progress {
  tick(count?: number): void
  done(): void
}

const REDRAW_INTERVAL_MS = 100
const CLEAR_TO_END = '\x1b[K'
const count = new Intl.NumberFormat('en')

/** 65 s → "1:05", 3,725 s → "1:02:05". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  const [hours, minutes, rest] = [
    Math.floor(seconds / 3600),
    Math.floor(seconds / 60) % 60,
    seconds % 60,
  ]
  const pad = (value: number) => String(value).padStart(2, '0')
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${minutes}:${pad(rest)}`
}

function timeLeft(done: number, total: number, elapsedMs: number): string {
  if (done >= total) return `done in ${formatDuration(elapsedMs)}`
  if (done <= 0 || elapsedMs <= 0) return 'estimating…'
  return `${formatDuration((elapsedMs / done) * (total - done))} left`
}

/** `prerender [████████░░░░░░░░░░░░] 4,213/10,000 42% · 0:31 left` */
export function formatProgress({
  label,
  done,
  total,
  elapsedMs,
  barWidth = 20,
}: ProgressLine): string {
  const fraction = total <= 0 ? 1 : Math.min(1, Math.max(0, done / total))
  // Rounded down, so the bar is never full and the percentage never says 100 before the work is.
  const filled = Math.floor(fraction * barWidth)
  const bar = '█'.repeat(filled) + '░'.repeat(barWidth - filled)
  const percent = Math.floor(fraction * 100)
  return `${label} [${bar}] ${count.format(done)}/${count.format(total)} ${percent}% · ${timeLeft(done, total, elapsedMs)}`
}

export function createProgress(
  label: string,
  total: number,
  options: ProgressOptions = {},
): Progress {
  const { stream = process.stderr, now = () => performance.now(), barWidth } = options
  const startedAt = now()
  const interactive = stream.isTTY === true
  let done = 0
  let finished = false
  let lastDrawAt = -Infinity
  let lastStep = 0

  const line = () => formatProgress({ label, done, total, elapsedMs: now() - startedAt, barWidth })
  const redraw = () => {
    const text = stream.columns ? line().slice(0, stream.columns - 1) : line()
    stream.write(`\r${text}${CLEAR_TO_END}`)
    lastDrawAt = now()
  }

  if (interactive) redraw()

  return {
    tick(increment = 1) {
      if (finished) return
      done += increment
      if (interactive) {
        if (now() - lastDrawAt >= REDRAW_INTERVAL_MS) redraw()
        return
      }
      if (total <= 0) return
      // Step 10 is 100%, which done() reports with the total time.
      const step = Math.min(9, Math.floor((done / total) * 10))
      if (step > lastStep) {
        lastStep = step
        stream.write(`${line()}\n`)
      }
    },
    done() {
      if (finished) return
      finished = true
      // The caller says the step is over; items it skipped without a tick (cached, unchanged) were handled too.
      done = Math.max(done, total)
      if (interactive) {
        redraw()
        stream.write('\n')
      } else stream.write(`${line()}\n`)
    },
  }
}

/** Below this many items a step is over before a bar helps, and in a CI log its ten lines are only noise. */
const QUIET_BELOW = 200

/** A build step's progress: shown on a terminal, and in logs only for steps big enough to need it. */
export function stepProgress(label: string, total: number): Progress {
  if (process.stderr.isTTY || total >= QUIET_BELOW) return createProgress(label, total)
  return { tick: () => undefined, done: () => undefined }
}

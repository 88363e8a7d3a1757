// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { createProgress, formatDuration, formatProgress } from '../../../../build/shared/progress'

function fakeStream(isTTY: boolean, columns?: number) {
  const writes: string[] = []
  return { isTTY, columns, writes, write: (text: string) => writes.push(text) > 0 }
}

function fakeClock() {
  const clock = { ms: 0, now: () => clock.ms }
  return clock
}

describe('formatProgress', () => {
  test('shows the bar, counts with thousands separators, percent and time left', () => {
    const line = formatProgress({
      label: 'prerender',
      done: 4_213,
      total: 10_000,
      elapsedMs: 22_600,
    })
    expect(line).toBe('prerender [████████░░░░░░░░░░░░] 4,213/10,000 42% · 0:31 left')
  })

  test.each([
    ['before any work is done', 0, 10_000],
    ['when no time has passed yet', 0, 0],
  ])('says estimating… %s', (_, done, elapsedMs) => {
    expect(formatProgress({ label: 'images', done, total: 10_000, elapsedMs })).toMatch(
      /0\/10,000 0% · estimating…$/,
    )
  })

  test('shows the total time when complete', () => {
    expect(formatProgress({ label: 'images', done: 40, total: 40, elapsedMs: 65_000 })).toBe(
      'images [████████████████████] 40/40 100% · done in 1:05',
    )
  })

  test('does not reach 100% or a full bar before the last item', () => {
    const line = formatProgress({
      label: 'x',
      done: 9_999,
      total: 10_000,
      elapsedMs: 1_000,
      barWidth: 10,
    })
    expect(line).toBe('x [█████████░] 9,999/10,000 99% · 0:00 left')
  })

  test('treats a total of zero as complete instead of dividing by zero', () => {
    expect(formatProgress({ label: 'x', done: 0, total: 0, elapsedMs: 0, barWidth: 4 })).toBe(
      'x [████] 0/0 100% · done in 0:00',
    )
  })

  test.each([
    [0, '0:00'],
    [59_400, '0:59'],
    [65_000, '1:05'],
    [3_599_000, '59:59'],
    [3_725_000, '1:02:05'],
    [-5, '0:00'],
  ])('formats %i ms as %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected)
  })
})

describe('createProgress on a terminal', () => {
  test('redraws one line in place with a carriage return and clear-to-end', () => {
    const stream = fakeStream(true)
    const clock = fakeClock()
    const progress = createProgress('build', 4, { stream, now: clock.now })
    clock.ms = 500
    progress.tick()
    expect(stream.writes).toEqual([
      '\rbuild [░░░░░░░░░░░░░░░░░░░░] 0/4 0% · estimating…\x1b[K',
      '\rbuild [█████░░░░░░░░░░░░░░░] 1/4 25% · 0:02 left\x1b[K',
    ])
  })

  test('redraws at most ten times a second however often it ticks', () => {
    const stream = fakeStream(true)
    const clock = fakeClock()
    const progress = createProgress('build', 10_000, { stream, now: clock.now })
    for (let item = 0; item < 1_000; item += 1) {
      clock.ms += 1
      progress.tick()
    }
    expect(stream.writes).toHaveLength(1 + 10)
    expect(stream.writes.every((text) => text.startsWith('\r') && !text.includes('\n'))).toBe(true)
  })

  test('ends with the completion line and a newline on done', () => {
    const stream = fakeStream(true)
    const clock = fakeClock()
    const progress = createProgress('build', 3, { stream, now: clock.now })
    progress.tick(3)
    clock.ms = 2_000
    progress.done()
    expect(stream.writes.slice(-2)).toEqual([
      '\rbuild [████████████████████] 3/3 100% · done in 0:02\x1b[K',
      '\n',
    ])
  })

  test('cuts the line to the terminal width so the redraw never wraps', () => {
    const stream = fakeStream(true, 20)
    createProgress('a-long-label', 10, { stream, now: fakeClock().now })
    expect(stream.writes[0]).toBe('\ra-long-label [░░░░░\x1b[K')
  })
})

describe('createProgress in a log', () => {
  test('prints a full line at each 10% step crossed and never a carriage return', () => {
    const stream = fakeStream(false)
    const clock = fakeClock()
    const progress = createProgress('validate', 100, { stream, now: clock.now })
    for (let item = 0; item < 100; item += 1) {
      clock.ms += 10
      progress.tick()
    }
    progress.done()
    expect(stream.writes).toHaveLength(10)
    expect(stream.writes.join('')).not.toContain('\r')
    expect(stream.writes[0]).toBe('validate [██░░░░░░░░░░░░░░░░░░] 10/100 10% · 0:01 left\n')
    expect(stream.writes.map((text) => /(\d+)%/.exec(text)?.[1])).toEqual([
      '10',
      '20',
      '30',
      '40',
      '50',
      '60',
      '70',
      '80',
      '90',
      '100',
    ])
  })

  test('prints one line when a single tick crosses several steps', () => {
    const stream = fakeStream(false)
    const clock = fakeClock()
    const progress = createProgress('validate', 100, { stream, now: clock.now })
    clock.ms = 3_500
    progress.tick(35)
    progress.tick(4)
    expect(stream.writes).toEqual(['validate [███████░░░░░░░░░░░░░] 35/100 35% · 0:07 left\n'])
  })

  test('prints the completion line once on done', () => {
    const stream = fakeStream(false)
    const clock = fakeClock()
    const progress = createProgress('validate', 5, { stream, now: clock.now })
    clock.ms = 90_000
    progress.done()
    progress.done()
    expect(stream.writes).toEqual(['validate [████████████████████] 5/5 100% · done in 1:30\n'])
  })

  test('reports an empty step as done, without dividing by zero', () => {
    const stream = fakeStream(false)
    const progress = createProgress('images', 0, { stream, now: fakeClock().now })
    progress.done()
    expect(stream.writes).toEqual(['images [████████████████████] 0/0 100% · done in 0:00\n'])
  })
})

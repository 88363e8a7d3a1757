// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { prerendersArticle, readRenderMode } from '../../../../build/prerender/render-mode'

const NOW = Date.UTC(2026, 11, 1)

describe('static or on demand: one setting', () => {
  test('without settings every article is prerendered', () => {
    const mode = readRenderMode({}, NOW)
    expect(mode.mode).toBe('static')
    expect(prerendersArticle(mode, { publishedAt: '1999-01-01T00:00:00Z' })).toBe(true)
  })

  test('on demand, only the last N days are prerendered', () => {
    const mode = readRenderMode({ VITE_RENDER_MODE: 'on-demand', VITE_PRERENDER_DAYS: '3' }, NOW)
    expect(prerendersArticle(mode, { publishedAt: '2026-11-29T00:00:00Z' })).toBe(true)
    expect(prerendersArticle(mode, { publishedAt: '2026-11-27T00:00:00Z' })).toBe(false)
    expect(prerendersArticle(mode, {})).toBe(false)
  })

  test.each([
    [{ VITE_RENDER_MODE: 'edge' }, /VITE_RENDER_MODE/],
    [{ VITE_RENDER_MODE: 'on-demand', VITE_PRERENDER_DAYS: '-1' }, /VITE_PRERENDER_DAYS/],
  ])('%j is refused with the setting named', (env, message) => {
    expect(() => readRenderMode(env, NOW)).toThrow(message)
  })
})

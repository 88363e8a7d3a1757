// Static or on-demand: the one setting that chooses how pages are made (docs/deploy.md, "On-demand rendering").
//   VITE_RENDER_MODE=static      (default) every page is prerendered; any static host serves the site
//   VITE_RENDER_MODE=on-demand   the build prerenders the front page and the last VITE_PRERENDER_DAYS days
//                                (default 2) of articles; the handler (npm run serve, the Worker) renders
//                                the rest on request, and `npm run publish` adds stories without a rebuild

export interface RenderMode {
  mode: 'static' | 'on-demand'
  /** On demand: articles published at or after this moment are still prerendered. */
  prerenderSince: number
}

export function readRenderMode(
  env: Readonly<Record<string, string | undefined>>,
  now = Date.now(),
): RenderMode {
  const mode = (env.VITE_RENDER_MODE ?? 'static').trim() || 'static'
  if (mode !== 'static' && mode !== 'on-demand')
    throw new Error(`VITE_RENDER_MODE must be "static" or "on-demand", not "${mode}"`)
  const daysText = (env.VITE_PRERENDER_DAYS ?? '2').trim()
  if (!/^\d{1,5}$/.test(daysText))
    throw new Error(`VITE_PRERENDER_DAYS must be a whole number of days, not "${daysText}"`)
  return {
    mode,
    prerenderSince: mode === 'static' ? -Infinity : now - Number(daysText) * 86_400_000,
  }
}

/** Whether an article's page is made at build time: always in static mode, recent ones on demand. */
export function prerendersArticle(mode: RenderMode, json: unknown): boolean {
  if (mode.mode === 'static') return true
  const published =
    typeof json === 'object' && json !== null && 'publishedAt' in json
      ? json.publishedAt
      : undefined
  const time = typeof published === 'string' ? Date.parse(published) : Number.NaN
  return Number.isFinite(time) && time >= mode.prerenderSince
}

import { DEFAULT_PREVIEW_PORT } from '../../src/config/site-config.ts'

// One port setting for everything that serves or visits the production build (vite preview, Playwright, the
// bench, screenshots, the tests' static server): PREVIEW_PORT, so several checkouts can run side by side.

export const PREVIEW_HOST = '127.0.0.1'

export function previewPort(
  env: Readonly<Record<string, string | undefined>> = process.env,
): number {
  const value = env.PREVIEW_PORT?.trim()
  if (value === undefined || value === '') return DEFAULT_PREVIEW_PORT
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new Error(`PREVIEW_PORT must be a port number, not "${value}"`)
  return port
}

export function previewOrigin(port = previewPort()): string {
  return `http://${PREVIEW_HOST}:${String(port)}`
}

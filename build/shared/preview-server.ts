import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { root } from './paths'
import { PREVIEW_HOST, previewOrigin, previewPort } from './preview-port'

export const PREVIEW_ORIGIN = previewOrigin()

/** What answers on the preview port: nothing, this checkout's build, or something else. */
async function whatIsServed(): Promise<'nothing' | 'this build' | 'another server'> {
  let response: Response
  try {
    response = await fetch(`${PREVIEW_ORIGIN}/`)
  } catch {
    return 'nothing'
  }
  // The front page is a file of this build: byte for byte the same only if it serves this checkout's dist.
  const ours = await readFile(path.join(root, 'dist/index.html'), 'utf8').catch(() => undefined)
  return response.ok && (await response.text()) === ours ? 'this build' : 'another server'
}

/**
 * Serves the production build (`dist/`) for scripts that drive a browser. A server already running on the
 * port is reused only when it serves this checkout's build; anything else there is an error, never measured.
 */
export async function startPreview(): Promise<{ stop: () => void }> {
  const served = await whatIsServed()
  if (served === 'this build') return { stop: () => undefined }
  if (served === 'another server')
    throw new Error(
      `${PREVIEW_ORIGIN} is serving something other than this checkout's dist/: stop it, or set PREVIEW_PORT.`,
    )
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--host', PREVIEW_HOST, '--port', String(previewPort()), '--strictPort'],
    { stdio: 'ignore', detached: true },
  )
  const deadline = Date.now() + 30_000
  while ((await whatIsServed()) !== 'this build') {
    if (Date.now() > deadline) throw new Error('vite preview did not start within 30 s')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    stop: () => {
      if (child.pid !== undefined) process.kill(-child.pid)
    },
  }
}

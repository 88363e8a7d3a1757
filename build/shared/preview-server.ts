import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'

// PREVIEW_PORT lets a second checkout serve beside this one, as for the browser tests.
const PORT = process.env.PREVIEW_PORT ?? '4173'
export const PREVIEW_ORIGIN = `http://127.0.0.1:${PORT}`

async function isUp(): Promise<boolean> {
  try {
    return (await fetch(`${PREVIEW_ORIGIN}/`)).ok
  } catch {
    return false
  }
}

/** Serves the production build (`dist/`) for scripts that drive a browser; reuses one that is already running. */
export async function startPreview(): Promise<{ stop: () => void }> {
  if (await isUp()) return { stop: () => undefined }
  const child: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', PORT, '--strictPort'],
    {
      stdio: 'ignore',
      detached: true,
    },
  )
  const deadline = Date.now() + 30_000
  while (!(await isUp())) {
    if (Date.now() > deadline) throw new Error('vite preview did not start within 30 s')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    stop: () => {
      if (child.pid !== undefined) process.kill(-child.pid)
    },
  }
}

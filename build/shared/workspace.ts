import { spawn } from 'node:child_process'
import { cp, mkdir, rm, symlink } from 'node:fs/promises'
import path from 'node:path'
import { root } from './paths'
import { FRONT_PAGE_FILE, PAGES_FOLDER } from '../../src/content/content-files'

// A scratch copy of the project for builds that must not disturb this checkout: the scale benchmark's
// 10,000-article corpus, and the browser test that deploys the reader under a base path. The installed
// packages are shared (a symlink); the build cache is the workspace's own.

const PROJECT_FILES = [
  'package.json',
  // Every TypeScript config: tsconfig.json only references the others, and Vite's transform reads them.
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.app.json',
  'tsconfig.content.json',
  'tsconfig.node.json',
  'tsconfig.test.json',
  'vite.config.ts',
  'index.html',
  'src',
  'build',
  'public',
]
// Made by `npm run content` from the articles; the workspace makes its own.
const GENERATED = [`public/content/${FRONT_PAGE_FILE}`, `public/content/${PAGES_FOLDER}`]

interface RunResult {
  ms: number
  output: string
}

export interface Workspace {
  dir: string
  cacheDir: string
  /** Runs a command in the workspace; resolves with its wall time and output, rejects with the output. */
  run(command: string, args: string[], env?: Record<string, string>): Promise<RunResult>
}

export async function createWorkspace(dir: string): Promise<Workspace> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  for (const name of PROJECT_FILES)
    await cp(path.join(root, name), path.join(dir, name), {
      recursive: true,
      filter: (source) => !GENERATED.some((generated) => source === path.join(root, generated)),
    })
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  const cacheDir = path.join(dir, '.build-cache')
  return {
    dir,
    cacheDir,
    run: (command, args, env = {}) =>
      new Promise((resolve, reject) => {
        const started = performance.now()
        let output = ''
        const child = spawn(command, args, {
          cwd: dir,
          env: { ...process.env, BROADSHEET_CACHE_DIR: cacheDir, ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
        child.on('error', reject)
        child.on('close', (code) => {
          if (code === 0) resolve({ ms: performance.now() - started, output })
          else
            reject(new Error(`${command} ${args.join(' ')} failed (${String(code)}):\n${output}`))
        })
      }),
  }
}

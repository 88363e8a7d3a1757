import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

// A real Varnish (Debian's varnish package) for the tests, started with the repository's VCL and a backend
// file of the test's own, and stopped when the test is done.

export const VCL_DIR = path.resolve('deploy', 'varnish')

export interface RunningVarnish {
  origin: string
  stop(): Promise<void>
}

function varnishd(): string {
  const found = ['/usr/sbin/varnishd', '/usr/bin/varnishd'].find(
    (candidate) => spawnSync(candidate, ['-V']).status === 0,
  )
  if (found === undefined)
    throw new Error(
      'varnishd is not installed: these tests need a real Varnish. `apt-get install -y varnish` (CI does).',
    )
  return found
}

async function waitForListening(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`varnishd exited:\n${log()}`)
    try {
      await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(1_000) })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  throw new Error(`varnishd did not start listening on ${url}:\n${log()}`)
}

export async function startVarnish(options: {
  port: number
  adminPort: number
  backendPort: number
}): Promise<RunningVarnish> {
  const binary = varnishd()
  const dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-varnish-'))
  // Found first on vcl_path: the repository's VCL includes "backend.vcl", and this one points at the test's origin.
  await writeFile(
    path.join(dir, 'backend.vcl'),
    `backend default {
    .host = "127.0.0.1";
    .port = "${options.backendPort}";
    .connect_timeout = 500ms;
    .first_byte_timeout = 10s;
    .probe = {
        .request = "HEAD /robots.txt HTTP/1.1" "Host: localhost" "Connection: close";
        .interval = 250ms;
        .timeout = 2s;
        .window = 2;
        .threshold = 1;
        .initial = 1;
    }
}
`,
  )
  let output = ''
  const child = spawn(
    binary,
    [
      '-F',
      '-j',
      'none',
      '-n',
      path.join(dir, 'work'),
      '-a',
      `127.0.0.1:${options.port}`,
      '-T',
      `127.0.0.1:${options.adminPort}`,
      '-f',
      path.join(VCL_DIR, 'broadsheet.vcl'),
      '-p',
      `vcl_path=${dir}:${VCL_DIR}`,
      // Varnish closes an idle client connection after 5 s by default; a test that parses a page for longer
      // on a busy machine then reuses a socket Varnish is closing ("other side closed").
      '-p',
      'timeout_idle=60',
      '-s',
      'malloc,64m',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const origin = `http://127.0.0.1:${options.port}`
  try {
    await waitForListening(`${origin}/`, child, () => output)
  } catch (error) {
    child.kill('SIGKILL')
    await rm(dir, { recursive: true, force: true })
    throw error
  }
  return {
    origin,
    async stop() {
      // A crash of Varnish's worker process is a finding, not noise: say so.
      if (/panic|died/i.test(output)) console.warn(`varnishd reported:\n${output}`)
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      await rm(dir, { recursive: true, force: true })
    },
  }
}

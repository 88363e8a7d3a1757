import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'

const root = path.resolve(import.meta.dirname, '../..')
const fixtureArticles = path.join(root, 'tests/fixtures/articles')
const realArticles = path.join(root, 'public/content/articles')

async function readFirst(files: string[]): Promise<string | undefined> {
  for (const file of files) {
    try {
      return await readFile(file, 'utf8')
    } catch {
      // try the next place
    }
  }
  return undefined
}

/** Serves the bundled sample content plus test fixtures, at the URLs the app uses. */
const contentHandlers = [
  http.get('*/content/index.json', async () => {
    const body = await readFile(path.join(root, 'tests/fixtures/index.json'), 'utf8')
    return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })
  }),
  http.get('*/content/articles/:file', async ({ params }) => {
    const file = String(params.file)
    const body = await readFirst([path.join(fixtureArticles, file), path.join(realArticles, file)])
    if (body === undefined) return new HttpResponse('Not found', { status: 404 })
    return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })
  }),
  // Images are not fetched by jsdom, but answer anyway so a stray request never leaves the test machine.
  http.get('*/content/images/:file', () => new HttpResponse(null, { status: 404 })),
]

export const server = setupServer(...contentHandlers)

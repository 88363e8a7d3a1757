import { expect, test } from 'vitest'

// The content model runs in the browser and under Node (the build, the server). Each module is imported inside
// a test, not at the top of the file: a module that throws while it loads (a schema that cannot be built) then
// fails this test by name, where a top-level import would only fail the file, with no test to count it.
const modules = import.meta.glob<Record<string, unknown>>('../../../src/content/*.ts')

test.each(Object.keys(modules))('%s loads under Node and exports what it defines', async (path) => {
  const load = modules[path]
  if (!load) throw new Error(`no module at ${path}`)
  const exports = await load()
  expect(Object.keys(exports).length).toBeGreaterThan(0)
  for (const [name, value] of Object.entries(exports)) expect(value, name).toBeDefined()
})

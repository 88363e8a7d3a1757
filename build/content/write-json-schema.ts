import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { jsonSchemaFiles } from './json-schema'
import { schemaDir } from '../shared/paths'

await mkdir(schemaDir, { recursive: true })
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  await writeFile(path.join(schemaDir, name), text)
  console.log(`wrote public/schema/${name}`)
}

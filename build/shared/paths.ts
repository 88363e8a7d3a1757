import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { ARTICLES_FOLDER, PAGES_FOLDER } from '../../src/content/content-files.ts'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const contentDir = path.join(root, 'public/content')
export const articlesDir = path.join(contentDir, ARTICLES_FOLDER)
export const pagesDir = path.join(contentDir, PAGES_FOLDER)
export const imagesDir = path.join(contentDir, 'images')
export const schemaDir = path.join(root, 'public/schema')
/** Site paths under /content/images/ are generated placeholders; the script knows how to make them. */
export const localImagePrefix = '/content/images/'

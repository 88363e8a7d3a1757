// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { findInterfaceLiterals } from '../../support/interface-literals'

// "Every interface string comes from one message catalogue": no words a reader sees or hears are written into
// the app's components, hooks or routes. A word here would stay English in a French or Arabic publication.

const root = path.resolve(import.meta.dirname, '../../..')
const GUARDED = ['src/features', 'src/components', 'src/app']

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => path.join(dir, file))
}

describe('interface words', () => {
  test('come from the catalogue in every component, hook and route', () => {
    const found = GUARDED.flatMap(sourceFiles).flatMap((file) =>
      findInterfaceLiterals(file, readFileSync(path.join(root, file), 'utf8')).map(
        (literal) => `${file}:${String(literal.line)} (${literal.where}) ${literal.text}`,
      ),
    )
    expect(found).toEqual([])
  })
})

describe('the guard', () => {
  const found = (source: string) =>
    findInterfaceLiterals('Probe.tsx', source).map(({ where, text }) => `${where}: ${text}`)

  test.each([
    ['jsx text', 'export const A = () => <button type="button">Close</button>', 'jsx text: Close'],
    ['an accessible name', 'export const A = () => <nav aria-label="Pages" />', 'prop: Pages'],
    [
      'a visually hidden phrase',
      'export const A = () => <span> (external site)</span>',
      'jsx text: (external site)',
    ],
    [
      'a title',
      "export const A = () => <abbr title={'Coordinated time'}>UTC</abbr>",
      'prop: Coordinated time',
    ],
    [
      'a placeholder',
      'export const A = () => <input placeholder="Search stories" />',
      'prop: Search stories',
    ],
    [
      'a word chosen in the markup',
      "export const A = ({ on }: { on: boolean }) => <b>{on ? 'Pause' : 'Play'}</b>",
      'child: Pause',
    ],
    [
      'a label kept in a constant',
      "const LABELS = { correction: 'Correction' }\nexport const l = LABELS",
      'string: Correction',
    ],
    [
      'an announcement',
      "declare const say: (s: string) => void\nsay('Link copied')",
      'string: Link copied',
    ],
    [
      'a sentence built from a template',
      'export const f = (n: number) => `${String(n)} stories found`',
      'string: … stories found',
    ],
    [
      'a lowercase label read aloud',
      'export const A = () => <section aria-label="listen" />',
      'prop: listen',
    ],
    ['words in another script', 'export const A = () => <p>مقالات</p>', 'jsx text: مقالات'],
  ])('finds %s', (_what, source, expected) => {
    expect(found(source)).toContain(expected)
  })

  test.each([
    ['punctuation and symbols', 'export const A = () => <p>{"("}A− · ↗ 2× :{")"}</p>'],
    [
      'class names, roles and types',
      'export const A = () => <div className="card wide" role="region" data-kind="Note" />',
    ],
    [
      'a component’s token props',
      'export const A = () => <Choice setting="lineSpacing" kind="section" />',
    ],
    [
      'catalogue ids',
      "declare const t: (id: string) => string\nexport const x = t(true ? 'listing.storiesBy' : 'listing.latestIn')",
    ],
    [
      'key names and selectors',
      "export const f = (e: KeyboardEvent) => e.key === 'ArrowLeft' || document.querySelector('main h1')",
    ],
    ['a programmer’s error', 'throw new TypeError(`Unexpected worker URL ${String(1)}`)'],
    ['imports', "import styles from './note.module.css'\nexport { styles }"],
  ])('lets through %s', (_what, source) => {
    expect(found(source)).toEqual([])
  })
})

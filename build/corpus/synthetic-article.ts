import type { ArticleFile, BlockFile, ImageFile } from '../../src/content/format'

// Deterministic synthetic long articles for the scale benchmark: real-shaped (lead photo, sub-headings every
// twenty paragraphs, a quote now and then), with plausible word lengths.

const WORDS =
  'the reader council river harbour night service press type column measure line spacing print edition morning report said officials which would could after before during between council members library archive evidence budget transport schedule station paper ink headline caption credit photograph science survey study results published weekly local regional national'.split(
    ' ',
  )

function sentence(seed: number, length: number): string {
  const words = Array.from(
    { length },
    (_, index) => WORDS[(seed * 7 + index * 13 + ((seed >> 3) % 5)) % WORDS.length] ?? 'news',
  )
  const text = words.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

function paragraph(index: number): string {
  return [
    sentence(index, 14),
    sentence(index + 1, 18),
    sentence(index + 2, 11),
    sentence(index + 3, 16),
  ].join(' ')
}

export function syntheticArticle(
  slug: string,
  paragraphs: number,
  leadImage: ImageFile | undefined,
): ArticleFile {
  const body: BlockFile[] = []
  for (let index = 0; index < paragraphs; index += 1) {
    if (index > 0 && index % 20 === 0)
      body.push({ type: 'heading', text: `Part ${index / 20 + 1}` })
    if (index > 0 && index % 50 === 0)
      body.push({ type: 'quote', text: sentence(index, 20), attribution: 'A fictional source' })
    body.push({ type: 'paragraph', text: paragraph(index) })
  }
  return {
    slug,
    headline: `A Synthetic Article of ${paragraphs.toLocaleString('en')} Paragraphs`,
    kicker: 'Benchmark',
    section: 'Benchmark',
    publishedAt: '2022-03-01',
    byline: [{ name: 'The Benchmark', title: 'Synthetic content' }],
    ...(leadImage && { leadImage }),
    body,
  }
}

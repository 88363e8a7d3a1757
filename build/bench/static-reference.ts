import { strictArticleSchema } from '../../src/content/format'
import type { ImageData } from '../../src/content/format'
import { escapeHtml } from '../../src/content/html-escape'

// The physical limit the reader is measured against: the same article as one plain HTML file, with the same
// images and a minimal inline stylesheet, and no JavaScript at all.

function inlineText(text: string | readonly { text: string }[]): string {
  return typeof text === 'string'
    ? escapeHtml(text)
    : text.map((run) => escapeHtml(run.text)).join('')
}

function srcset(image: ImageData, type: string): string {
  return (image.variants ?? [])
    .filter((variant) => variant.type === type)
    .sort((a, b) => a.width - b.width)
    .map((variant) => `${variant.src} ${variant.width}w`)
    .join(', ')
}

function figure(image: ImageData, lead: boolean): string {
  const caption = [image.caption, image.credit]
    .filter(Boolean)
    .map((part) => escapeHtml(part ?? ''))
    .join(' ')
  const priority = lead ? ' fetchpriority="high"' : ' loading="lazy"'
  const sizes = lead ? '(min-width: 60rem) 56rem, 100vw' : '(min-width: 48rem) 42rem, 100vw'
  const sources = ['image/avif', 'image/webp']
    .map((type) => [type, srcset(image, type)] as const)
    .filter(([, set]) => set !== '')
    .map(([type, set]) => `<source type="${type}" srcset="${escapeHtml(set)}" sizes="${sizes}">`)
    .join('')
  const fallback = srcset(image, 'image/jpeg')
  const img = `<img src="${escapeHtml(image.src)}"${fallback ? ` srcset="${escapeHtml(fallback)}" sizes="${sizes}"` : ''} alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}"${priority}>`
  return `<figure><picture>${sources}${img}</picture>${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
}

export function staticArticleHtml(json: unknown): string {
  const article = strictArticleSchema.parse(json)
  const body = article.body
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return `<p>${inlineText(block.text)}</p>`
        case 'heading':
          return `<h2>${escapeHtml(block.text)}</h2>`
        case 'quote':
          return `<blockquote><p>${inlineText(block.text)}</p></blockquote>`
        case 'image':
          return figure(block.image, false)
        case 'related':
          return `<p><a href="/articles/${block.slug}">${escapeHtml(block.headline)}</a></p>`
        // The bench's seed article has none of the format-2 blocks; the static page leaves them out.
        case 'audio':
        case 'break':
        case 'callout':
        case 'code':
        case 'embed':
        case 'formula':
        case 'gallery':
        case 'list':
        case 'note':
        case 'pullquote':
        case 'table':
        case 'video':
          return ''
      }
    })
    .join('\n')
  const byline = (article.byline ?? [])
    .map((author) => escapeHtml([author.name, author.title].filter(Boolean).join(', ')))
    .join(' and ')
  return `<!doctype html>
<html lang="${escapeHtml(article.language ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.headline)}</title>
<meta name="description" content="${escapeHtml(article.standfirst ?? article.headline)}">
<style>body{margin:0 auto;max-width:56rem;padding:1rem;font:1.125rem/1.6 Georgia,serif;color:#1a1a1a;background:#fbfaf7}h1{font-size:2.25rem;line-height:1.2}img{max-width:100%;height:auto;display:block}figure{margin:0}figcaption{font:.9375rem/1.45 system-ui,sans-serif}</style>
</head>
<body>
<article>
<p>${escapeHtml(article.section ?? '')} ${escapeHtml(article.publishedAt ?? '')}</p>
<h1>${escapeHtml(article.headline)}</h1>
<p>By ${byline}</p>
${article.leadImage ? figure(article.leadImage, true) : ''}
${body}
</article>
</body>
</html>
`
}

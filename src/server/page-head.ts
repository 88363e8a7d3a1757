import { LEAD_IMAGE_SIZES } from '../features/article/image-sizes'
import { config, sitePath } from '../config/config'
import { articlePath, authorPath, frontPagePath, sectionPath } from '../content/site-paths'
import { frontPageTitle } from '../features/front-page/front-page-title'
import type { ImageView } from '../content/image-view'
import type { ArticleView, FrontPageView } from '../content/view-model'
import { pageTitle } from '../lib/use-document-title'
import { feedLinkTags } from './feed-links'
import { escapeHtml, scriptJson } from '../content/html-escape'
import { publisherJsonLd } from './publisher'
import { t } from '../i18n/server-words'

// What a prerendered page says about itself to search engines and social cards: title, description,
// canonical URL, Open Graph, Twitter card, and schema.org NewsArticle as JSON-LD.

export const DESCRIPTION_LENGTH = 160

export function absoluteUrl(pathOrUrl: string): string {
  return new URL(pathOrUrl, `${config.siteUrl}/`).href
}

/** The public address of a page of the app, under the base path. */
export function pageUrl(appPath: string): string {
  return absoluteUrl(sitePath(appPath))
}

export function truncate(text: string, length: number): string {
  if (text.length <= length) return text
  const cut = text.slice(0, length - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2))}…`
}

export function meta(
  attribute: 'name' | 'property',
  key: string,
  content: string | undefined,
): string {
  return content === undefined
    ? ''
    : `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`
}

function articleDescription(article: ArticleView): string {
  if (article.standfirst !== undefined) return truncate(article.standfirst, DESCRIPTION_LENGTH)
  const firstParagraph = article.body.find((block) => block.type === 'paragraph')
  const text =
    firstParagraph?.type === 'paragraph'
      ? firstParagraph.runs.map((run) => run.text).join('')
      : article.headline
  return truncate(text, DESCRIPTION_LENGTH)
}

export function imageObject(image: ImageView) {
  return {
    '@type': 'ImageObject',
    url: absoluteUrl(image.src),
    width: image.width,
    height: image.height,
    ...(image.caption !== undefined && { caption: image.caption }),
    ...(image.credit !== undefined && { creditText: image.credit }),
  }
}

/** Corrections and clarifications, as schema.org's CorrectionComment: the text and when it was published. */
function corrections(article: ArticleView) {
  return article.body.flatMap((block) =>
    block.type === 'note' && (block.kind === 'correction' || block.kind === 'clarification')
      ? [
          {
            '@type': 'CorrectionComment',
            text: block.runs.map((run) => run.text).join(''),
            ...(block.date && { datePublished: block.date.iso }),
          },
        ]
      : [],
  )
}

function newsArticleJsonLd(article: ArticleView, url: string, description: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: url,
    headline: article.headline,
    description,
    inLanguage: article.language,
    ...(article.section !== undefined && { articleSection: article.section.name }),
    ...(article.published && { datePublished: article.published.iso }),
    // Search engines want dateModified on every article: a story never updated was last modified when published.
    ...((article.updated ?? article.published) && {
      dateModified: (article.updated ?? article.published)?.iso,
    }),
    ...(corrections(article).length > 0 && { correction: corrections(article) }),
    author: article.byline.map((author) => ({
      '@type': 'Person',
      name: author.name,
      ...(author.title !== undefined && { jobTitle: author.title }),
      ...(author.slug !== undefined && { url: pageUrl(authorPath(author.slug)) }),
    })),
    ...(article.topics.length > 0 && { keywords: article.topics.map((topic) => topic.name) }),
    ...(article.leadImage && { image: imageObject(article.leadImage) }),
    publisher: publisherJsonLd(),
  }
}

/** Lets the browser start on the largest paint while still reading <head>: the same file the page will pick. */
function leadImagePreload(image: ImageView): string {
  const best = image.sources[0]
  if (!best)
    return `<link rel="preload" as="image" href="${escapeHtml(image.src)}" fetchpriority="high">`
  return `<link rel="preload" as="image" type="${escapeHtml(best.type)}" imagesrcset="${escapeHtml(best.srcset)}" imagesizes="${escapeHtml(LEAD_IMAGE_SIZES)}" fetchpriority="high">`
}

export function commonTags(title: string, description: string, url: string): string[] {
  return [
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    meta('property', 'og:site_name', config.siteName),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    ...feedLinkTags(),
  ]
}

export function articleHead(article: ArticleView): string {
  const url = pageUrl(articlePath(article.slug))
  const description = articleDescription(article)
  const image = article.leadImage
  return [
    ...commonTags(pageTitle(article.headline), description, url),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:locale', article.language.replace('-', '_')),
    meta('property', 'article:section', article.section?.name),
    meta('property', 'article:published_time', article.published?.iso),
    meta('property', 'article:modified_time', article.updated?.iso),
    meta('name', 'author', article.byline.map((author) => author.name).join(', ') || undefined),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    ...(image
      ? [
          meta('property', 'og:image', absoluteUrl(image.src)),
          meta('property', 'og:image:width', String(image.width)),
          meta('property', 'og:image:height', String(image.height)),
          meta('property', 'og:image:alt', image.alt || undefined),
          meta('name', 'twitter:image', absoluteUrl(image.src)),
          meta('name', 'twitter:image:alt', image.alt || undefined),
        ]
      : []),
    ...(image ? [leadImagePreload(image)] : []),
    // The story's section has a feed of its own, beside the site's (in commonTags).
    ...(article.section
      ? feedLinkTags(sectionPath(article.section.slug), article.section.name)
      : []),
    `<script type="application/ld+json">${scriptJson(newsArticleJsonLd(article, url, description))}</script>`,
  ]
    .filter(Boolean)
    .join('\n    ')
}

export function frontPageHead(frontPage: FrontPageView): string {
  const title = frontPageTitle(frontPage)
  const description =
    frontPage.page === 1
      ? t('site.defaultDescription', { site: config.siteName })
      : t('site.description.frontPage', { title, site: config.siteName })
  return [
    ...commonTags(
      frontPage.page === 1 ? config.siteName : pageTitle(title),
      description,
      pageUrl(frontPagePath(frontPage.page)),
    ),
    meta('property', 'og:type', 'website'),
    meta('name', 'twitter:card', 'summary'),
  ]
    .filter(Boolean)
    .join('\n    ')
}

import type { ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { StaticRouter } from 'react-router'
import { ContentErrorPage, errorTitle } from '../app/ContentErrorPage'
import { ContentError, isContentError } from '../content/content-error'
import type { ContentProblem } from '../content/content-error'
import { NotFoundRoute } from '../app/routes/NotFoundRoute'
import { SiteLayout } from '../app/SiteLayout'
import { routerBasename, sitePath } from '../config/config'
import { pageTitle } from '../lib/use-document-title'
import { escapeHtml } from '../content/html-escape'
import type { RenderedPage } from '../content/page-template'
import type { MessageId } from '../i18n/catalogue-types'
import { t } from '../i18n/interface'
import type { PageWhat } from './page-types'

// The pages the on-demand handler answers with when there is no content to show: the same components, and so
// the same words, as the browser shows for the same failure. They carry no embedded state: the app renders
// them afresh when it starts, and asks for the content itself.

const WHAT_WORDS = {
  article: 'what.article',
  frontPage: 'what.frontPage',
  storyPage: 'what.storyPage',
  section: 'what.section',
  author: 'what.author',
  topic: 'what.topic',
} as const satisfies Record<PageWhat, MessageId>

function problemHead(title: string): string {
  // An error page is never a search result.
  return `<title>${escapeHtml(pageTitle(title))}</title>\n    <meta name="robots" content="noindex">`
}

function inLayout(path: string, children: ReactNode): string {
  return renderToString(
    <StaticRouter basename={routerBasename} location={sitePath(path)}>
      <SiteLayout>{children}</SiteLayout>
    </StaticRouter>,
  )
}

/** No page at this address (an unknown path, a malformed slug, an article that does not exist). */
export function prerenderNotFound(path = '/not-found'): RenderedPage {
  return { head: problemHead(t('error.notFound.title')), body: inLayout(path, <NotFoundRoute />) }
}

/**
 * The content arrived but can't be shown (it fails the format, or rendering it threw): the browser's
 * "can't be displayed" page, with the publisher's details when the error says what is wrong.
 */
export function prerenderUnreadable(error: unknown, page: PageWhat, path: string): RenderedPage {
  const what = t(WHAT_WORDS[page])
  const shown = isContentError(error) ? error : asContentError(error)
  return {
    head: problemHead(errorTitle(shown, what)),
    body: inLayout(path, <ContentErrorPage error={shown} what={what} onRetry={() => undefined} />),
  }
}

/** A file that is not JSON (the handler's UnreadableContent) as the browser's invalid-content error. */
function asContentError(error: unknown): unknown {
  if (!(error instanceof Error) || !('problems' in error) || !('file' in error)) return error
  const { problems, file } = error
  if (typeof file !== 'string' || !Array.isArray(problems)) return error
  const valid = problems.filter(
    (problem: unknown): problem is ContentProblem =>
      typeof problem === 'object' &&
      problem !== null &&
      'path' in problem &&
      'reason' in problem &&
      typeof problem.path === 'string' &&
      typeof problem.reason === 'string',
  )
  return new ContentError('invalid', file, { problems: valid })
}

/** The content store did not answer: the browser's "can't reach" page, with its Try again. */
export function prerenderUnreachable(page: PageWhat, path: string): RenderedPage {
  const what = t(WHAT_WORDS[page])
  const error = new ContentError('network', path)
  return {
    head: problemHead(errorTitle(error, what)),
    body: inLayout(path, <ContentErrorPage error={error} what={what} onRetry={() => undefined} />),
  }
}

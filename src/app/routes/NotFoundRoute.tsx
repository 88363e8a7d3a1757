import { Link } from 'react-router'
import { useDocumentTitle } from '../../lib/use-document-title'
import { ProblemPage } from '../ProblemPage'
import { useHeadingFocus } from '../use-heading-focus'

export function NotFoundRoute() {
  const headingRef = useHeadingFocus(true)
  useDocumentTitle('Page not found')
  return (
    <ProblemPage title="Page not found" headingRef={headingRef}>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to="/">Go to the front page</Link>
      </p>
    </ProblemPage>
  )
}

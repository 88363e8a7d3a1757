import { Link } from 'react-router'
import { useDocumentTitle } from '../../lib/use-document-title'
import { ProblemPage } from '../ProblemPage'
import { useHeadingFocus } from '../use-heading-focus'
import { t } from '../../i18n/interface'

export function NotFoundRoute() {
  const headingRef = useHeadingFocus(true)
  useDocumentTitle(t('error.notFound.title'))
  return (
    <ProblemPage title={t('error.notFound.title')} headingRef={headingRef}>
      <p>{t('error.notFound.page')}</p>
      <p>
        <Link to="/">{t('error.goToFrontPage')}</Link>
      </p>
    </ProblemPage>
  )
}

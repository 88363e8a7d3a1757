import { Navigate, useParams } from 'react-router'
import { config } from '../../config/config'
import { frontPageQueryOptions } from '../../data/queries'
import { FrontPage } from '../../features/front-page/FrontPage'
import { frontPageTitle } from '../../features/front-page/front-page-title'
import { QueryPage } from '../QueryPage'
import { afterHydration } from '../../lib/after-hydration'
import { ContinueReadingReserve } from '../../features/reading-place/ContinueReadingReserve'
import { useReaderSettings } from '../../features/reader-settings/settings-store'
import { NotFoundRoute } from './NotFoundRoute'
import { pageNumber } from './page-number'
import { t } from '../../i18n/interface'

// Its room is held from the first paint (the boot script counts the unfinished articles): no layout shift.
const ContinueReading = afterHydration(
  async () => (await import('../../features/reading-place/ContinueReading')).ContinueReading,
  <ContinueReadingReserve />,
)

export function FrontPageRoute() {
  const param = useParams().page
  const page = pageNumber(param)
  if (page === undefined) return <NotFoundRoute />
  // One address per page: /page/1 is the front page itself.
  if (page === 1 && param !== undefined) return <Navigate to="/" replace />
  return <FrontPageOf page={page} key={page} />
}

function FrontPageOf({ page }: { page: number }) {
  const { continueReading } = useReaderSettings()
  return (
    <QueryPage
      query={frontPageQueryOptions(page)}
      what={page === 1 ? t('what.frontPage') : t('what.storyPage')}
      loading={
        page === 1
          ? t('site.loadingSite', { site: config.siteName })
          : t('frontPage.loadingPage', { page })
      }
      // The front page is the publication itself: its title is the name alone.
      title={(frontPage) => (page > 1 ? frontPageTitle(frontPage) : undefined)}
    >
      {(frontPage, headingRef) => (
        <FrontPage
          frontPage={frontPage}
          headingRef={headingRef}
          lead={page === 1 && continueReading === 'on' ? <ContinueReading /> : undefined}
        />
      )}
    </QueryPage>
  )
}
